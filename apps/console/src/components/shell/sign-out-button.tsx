import { useState } from 'preact/hooks';
import { signOut } from '../../api/auth.ts';
import { useConsole } from '../../context.ts';
import { problemOf, type FormProblem } from '../../forms.ts';

interface Props {
  /** Every session of the account, not only this one. */
  readonly everywhere: boolean;
  readonly onSignedOut: () => void;
  readonly quiet?: boolean;
}

/**
 * Signs out, and only says so once the server confirms: on a shared computer, a sign-out that
 * silently failed would leave the session open. An already ended session counts as signed out.
 */
export function SignOutButton({ everywhere, onSignedOut, quiet = false }: Props) {
  const { api, t } = useConsole();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem>();

  const run = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      await signOut(api, everywhere);
      onSignedOut();
    } catch (error) {
      const refused = problemOf(error, t);
      if (refused.code === 'unauthenticated') {
        onSignedOut();
        return;
      }
      setProblem(refused);
      setBusy(false);
    }
  };

  return (
    <div class="sign-out">
      <button
        type="button"
        class={`button ${quiet ? 'button--on-dark' : everywhere ? 'button--danger' : 'button--secondary'}`}
        disabled={busy}
        aria-busy={busy}
        onClick={() => {
          void run();
        }}
      >
        {everywhere ? t.signOutEverywhere : t.signOut}
      </button>
      {problem && (
        <p class="alert alert--error" role="alert">
          {problem.message}
        </p>
      )}
    </div>
  );
}
