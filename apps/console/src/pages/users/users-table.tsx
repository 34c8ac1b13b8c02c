import type { StaffUserView } from '../../api/types.ts';
import { useConsole } from '../../context.ts';
import { isolate } from '../../i18n/bidi.ts';
import { describeScope, roleLabel } from '../../vocabulary.ts';

interface Props {
  readonly users: readonly StaffUserView[];
  /** The account an action is running on: its buttons wait. */
  readonly busyId: string | undefined;
  readonly onEdit: (user: StaffUserView) => void;
  readonly onToggle: (user: StaffUserView) => void;
  readonly onReset: (user: StaffUserView) => void;
}

/** Staff accounts; each row offers only what the server's `abilities` allow on it. */
export function UsersTable({ users, busyId, onEdit, onToggle, onReset }: Props) {
  const { locale, t } = useConsole();
  if (users.length === 0) return <p class="empty">{t.noUsers}</p>;
  return (
    <div class="table-scroll">
      <table class="table">
        <thead>
          <tr>
            <th scope="col">{t.colName}</th>
            <th scope="col">{t.colRole}</th>
            <th scope="col">{t.colScope}</th>
            <th scope="col">{t.colInstitution}</th>
            <th scope="col">{t.colStatus}</th>
            <th scope="col">{t.colSecondFactor}</th>
            <th scope="col">{t.colActions}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr
              key={user.id}
              data-user-id={user.id}
              class={user.disabled ? 'row--muted' : undefined}
            >
              <th scope="row">
                <bdi>{user.displayName}</bdi>
                <span class="cell-note">
                  <bdi dir="ltr">{user.email}</bdi>
                </span>
              </th>
              <td>{roleLabel(user.role, locale)}</td>
              <td>{describeScope(user.scope, locale)}</td>
              <td>{user.institution ? <bdi>{user.institution.name}</bdi> : t.none}</td>
              <td>
                <span class={`badge ${user.disabled ? 'badge--off' : 'badge--on'}`}>
                  {user.disabled ? t.statusDisabled : t.statusActive}
                </span>
              </td>
              <td>{user.totpEnrolled ? t.factorEnrolled : t.factorMissing}</td>
              <td>
                <div
                  class="row-actions"
                  role="group"
                  aria-label={t.actionsFor(isolate(user.displayName))}
                >
                  {user.abilities.update && (
                    <button
                      type="button"
                      class="button button--small button--secondary"
                      disabled={busyId === user.id}
                      onClick={() => {
                        onEdit(user);
                      }}
                    >
                      {t.edit}
                    </button>
                  )}
                  {user.abilities.disable && (
                    <button
                      type="button"
                      class="button button--small button--secondary"
                      disabled={busyId === user.id}
                      onClick={() => {
                        onToggle(user);
                      }}
                    >
                      {user.disabled ? t.enable : t.disable}
                    </button>
                  )}
                  {user.abilities.resetPassword && (
                    <button
                      type="button"
                      class="button button--small button--danger-quiet"
                      disabled={busyId === user.id}
                      onClick={() => {
                        onReset(user);
                      }}
                    >
                      {t.resetAccess}
                    </button>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
