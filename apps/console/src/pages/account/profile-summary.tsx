import type { Me } from '../../api/types.ts';
import { useConsole } from '../../context.ts';
import { describeScope, institutionTypeLabel, roleLabel } from '../../vocabulary.ts';

/** Name, e-mail, role, territorial scope and institution, in the reader's language. */
export function ProfileSummary({ me }: { readonly me: Me }) {
  const { locale, t } = useConsole();
  const { user } = me;
  return (
    <section class="card" aria-labelledby="profile-title">
      <h3 id="profile-title">{t.profileTitle}</h3>
      <dl class="facts">
        <dt>{t.fullName}</dt>
        <dd>
          <bdi>{user.displayName}</bdi>
        </dd>
        <dt>{t.email}</dt>
        <dd>
          <bdi dir="ltr">{user.email}</bdi>
        </dd>
        <dt>{t.role}</dt>
        <dd>{roleLabel(user.role, locale)}</dd>
        <dt>{t.scope}</dt>
        <dd>{describeScope(user.scope, locale)}</dd>
        <dt>{t.institution}</dt>
        <dd>
          {user.institution ? (
            <>
              <bdi>{user.institution.name}</bdi>
              <span class="muted"> — {institutionTypeLabel(user.institution.type, locale)}</span>
            </>
          ) : (
            t.none
          )}
        </dd>
      </dl>
    </section>
  );
}
