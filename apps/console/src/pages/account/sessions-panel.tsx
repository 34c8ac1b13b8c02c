import { SignOutButton } from '../../components/shell/sign-out-button.tsx';
import { useConsole } from '../../context.ts';

/** Sign out here, or everywhere (every browser and phone where this account is signed in). */
export function SessionsPanel({ onSignedOut }: { readonly onSignedOut: () => void }) {
  const { t } = useConsole();
  return (
    <section class="card" aria-labelledby="sessions-title">
      <h3 id="sessions-title">{t.sessionsTitle}</h3>
      <div class="session-choice">
        <p>{t.signOutHint}</p>
        <SignOutButton everywhere={false} onSignedOut={onSignedOut} />
      </div>
      <div class="session-choice">
        <p>{t.signOutEverywhereHint}</p>
        <SignOutButton everywhere onSignedOut={onSignedOut} />
      </div>
    </section>
  );
}
