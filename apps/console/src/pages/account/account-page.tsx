import type { Me } from '../../api/types.ts';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useConsole } from '../../context.ts';
import { ChangePasswordForm } from './change-password-form.tsx';
import { ProfileSummary } from './profile-summary.tsx';
import { SessionsPanel } from './sessions-panel.tsx';

interface Props {
  readonly me: Me;
  readonly onMeChanged: (me: Me) => void;
  readonly onSignedOut: () => void;
}

/** "My account": who I am for Sanad, my password, and my sessions. */
export function AccountPage({ me, onMeChanged, onSignedOut }: Props) {
  const { t } = useConsole();
  return (
    <div class="page page--narrow">
      <PageHeading>{t.accountTitle}</PageHeading>
      <ProfileSummary me={me} />
      <ChangePasswordForm onChanged={onMeChanged} />
      <SessionsPanel onSignedOut={onSignedOut} />
    </div>
  );
}
