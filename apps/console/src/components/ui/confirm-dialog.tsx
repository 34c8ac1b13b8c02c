import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useConsole } from '../../context.ts';
import { problemOf, type FormProblem } from '../../forms.ts';
import { Dialog } from './dialog.tsx';
import { FormAlert } from './form-alert.tsx';

interface Props {
  readonly title: string;
  readonly confirmLabel: string;
  readonly onConfirm: () => Promise<void>;
  readonly onClose: () => void;
  readonly children: ComponentChildren;
}

/**
 * "Are you sure?" for an action with consequences. "Cancel" has the focus, so Enter on an
 * opened dialog never does the harmful thing; a refusal is shown inside the dialog.
 */
export function ConfirmDialog({ title, confirmLabel, onConfirm, onClose, children }: Props) {
  const { t } = useConsole();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem>();

  const confirm = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      await onConfirm();
    } catch (error) {
      setProblem(problemOf(error, t));
      setBusy(false);
    }
  };

  return (
    <Dialog title={title} onClose={onClose}>
      <div class="stack">
        {children}
        <FormAlert problem={problem} />
        <div class="actions">
          <button type="button" class="button button--secondary" autoFocus onClick={onClose}>
            {t.cancel}
          </button>
          <button
            type="button"
            class="button button--danger"
            disabled={busy}
            aria-busy={busy}
            onClick={() => {
              void confirm();
            }}
          >
            {busy ? t.working : confirmLabel}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
