import { useConsole } from '../../context.ts';
import type { FormProblem } from '../../forms.ts';

/** A list or page that could not be loaded: what the server said, and a way to try again. */
export function LoadFailure({
  problem,
  onRetry,
}: {
  readonly problem: FormProblem;
  readonly onRetry: () => void;
}) {
  const { t } = useConsole();
  return (
    <div class="alert alert--error" role="alert">
      <p>{problem.message}</p>
      <button type="button" class="button button--secondary" onClick={onRetry}>
        {t.retry}
      </button>
    </div>
  );
}
