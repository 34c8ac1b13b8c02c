import type { Me } from '../../api/types.ts';
import { SignOutButton } from '../../components/shell/sign-out-button.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useConsole } from '../../context.ts';
import { ChangePasswordForm } from './change-password-form.tsx';

interface Props {
  readonly onMeChanged: (me: Me) => void;
  readonly onSignedOut: () => void;
}

/**
 * After signing in with a temporary password (a new account, or one an administrator reset):
 * she chooses her own before the console opens. The temporary one was seen by someone else.
 */
export function FirstPasswordPage({ onMeChanged, onSignedOut }: Props) {
  const { t } = useConsole();
  return (
    <div class="page page--narrow">
      <PageHeading>{t.firstPasswordTitle}</PageHeading>
      <p class="alert alert--info">{t.firstPasswordBody}</p>
      <ChangePasswordForm onChanged={onMeChanged} title={t.changePasswordTitle} />
      <SignOutButton everywhere={false} onSignedOut={onSignedOut} />
    </div>
  );
}
