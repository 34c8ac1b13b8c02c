import { useState } from 'preact/hooks';
import { listUsers, resetUser, updateUser } from '../../api/admin.ts';
import type { StaffUserView } from '../../api/types.ts';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { LoadFailure } from '../../components/ui/load-failure.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useConsole } from '../../context.ts';
import { problemOf, type FormProblem } from '../../forms.ts';
import { useResource } from '../../hooks/use-resource.ts';
import { isolate } from '../../i18n/bidi.ts';
import { TemporaryPasswordDialog } from './temporary-password-dialog.tsx';
import { UserFormDialog } from './user-form-dialog.tsx';
import { UsersTable } from './users-table.tsx';

type Open =
  | { readonly kind: 'none' }
  | { readonly kind: 'create' }
  | { readonly kind: 'edit'; readonly user: StaffUserView }
  | { readonly kind: 'reset'; readonly user: StaffUserView }
  | {
      readonly kind: 'password';
      readonly title: string;
      readonly name: string;
      readonly password: string;
    };

function replace(users: StaffUserView[], changed: StaffUserView): StaffUserView[] {
  return users.map((user) => (user.id === changed.id ? changed : user));
}

/** Staff accounts: list, create, edit role and scope, disable or enable, reset access. */
export function UsersPage() {
  const { api, t } = useConsole();
  const { resource, reload, update } = useResource((signal) => listUsers(api, signal));
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const [busyId, setBusyId] = useState<string>();
  const [problem, setProblem] = useState<FormProblem>();
  const [notice, setNotice] = useState('');
  const close = () => {
    setOpen({ kind: 'none' });
  };

  const toggle = async (user: StaffUserView) => {
    setBusyId(user.id);
    setProblem(undefined);
    setNotice('');
    try {
      const changed = await updateUser(api, user.id, { disabled: !user.disabled });
      update((users) => replace(users, changed));
      setNotice(t.userUpdated(isolate(changed.displayName)));
    } catch (error) {
      setProblem(problemOf(error, t));
    } finally {
      setBusyId(undefined);
    }
  };

  return (
    <div class="page">
      <div class="page-head">
        <PageHeading>{t.usersTitle}</PageHeading>
        <button
          type="button"
          class="button"
          onClick={() => {
            setNotice('');
            setOpen({ kind: 'create' });
          }}
        >
          {t.newUser}
        </button>
      </div>
      <FormAlert problem={problem} />
      <p class="notice" role="status">
        {notice}
      </p>
      {resource.kind === 'loading' ? (
        <p class="loading" role="status">
          {t.loading}
        </p>
      ) : resource.kind === 'failed' ? (
        <LoadFailure problem={resource.problem} onRetry={reload} />
      ) : (
        <>
          <p class="count">{t.usersCount(resource.data.length)}</p>
          <UsersTable
            users={resource.data}
            busyId={busyId}
            onEdit={(user) => {
              setNotice('');
              setOpen({ kind: 'edit', user });
            }}
            onToggle={(user) => {
              void toggle(user);
            }}
            onReset={(user) => {
              setNotice('');
              setOpen({ kind: 'reset', user });
            }}
          />
        </>
      )}

      {(open.kind === 'create' || open.kind === 'edit') && (
        <UserFormDialog
          user={open.kind === 'edit' ? open.user : undefined}
          onClose={close}
          onCreated={(user, password) => {
            update((users) => [...users, user]);
            setOpen({
              kind: 'password',
              title: t.userCreatedTitle,
              name: user.displayName,
              password,
            });
          }}
          onUpdated={(user) => {
            update((users) => replace(users, user));
            setNotice(t.userUpdated(isolate(user.displayName)));
            close();
          }}
        />
      )}
      {open.kind === 'reset' && (
        <ConfirmDialog
          title={t.resetTitle(isolate(open.user.displayName))}
          confirmLabel={t.resetAccess}
          onClose={close}
          onConfirm={async () => {
            const password = await resetUser(api, open.user.id);
            update((users) => replace(users, { ...open.user, totpEnrolled: false }));
            setOpen({
              kind: 'password',
              title: t.resetDoneTitle,
              name: open.user.displayName,
              password,
            });
          }}
        >
          <p>{t.resetBody}</p>
        </ConfirmDialog>
      )}
      {open.kind === 'password' && (
        <TemporaryPasswordDialog
          title={open.title}
          name={open.name}
          password={open.password}
          onClose={close}
        />
      )}
    </div>
  );
}
