import { useState } from 'preact/hooks';
import type { FormProblem } from '../../forms.ts';
import { useCaseFileContext } from './case-context.ts';
import type { CaseWrite } from './use-case-file.ts';

/**
 * A form of the case page: sends one write, shows the server's refusal next to the form, and
 * after a stale-version refusal keeps everything typed (the page reloads the file above it and
 * says why; sending again applies it to the newer version).
 */
export function useCaseForm(): {
  readonly busy: boolean;
  readonly problem: FormProblem | undefined;
  readonly setProblem: (problem: FormProblem | undefined) => void;
  readonly submit: (write: CaseWrite, success: string, onSaved?: () => void) => Promise<void>;
} {
  const { save } = useCaseFileContext();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem>();
  const submit = async (write: CaseWrite, success: string, onSaved?: () => void) => {
    setBusy(true);
    setProblem(undefined);
    const outcome = await save(write, success);
    setBusy(false);
    if (outcome.kind === 'saved') onSaved?.();
    if (outcome.kind === 'refused') setProblem(outcome.problem);
  };
  return { busy, problem, setProblem, submit };
}
