import { useEffect, useRef, useState } from 'preact/hooks';
import { isStaleVersion } from '../../api/conflicts.ts';
import type { ReferralView } from '../../api/referral-types.ts';
import { transitionReferral } from '../../api/referrals.ts';
import { Dialog } from '../../components/ui/dialog.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { TextArea } from '../../components/ui/text-area.tsx';
import { useConsole } from '../../context.ts';
import { localProblem, problemOf, type FormProblem } from '../../forms.ts';
import { stepNeeds, transitionInputOf } from './step-draft.ts';

interface Props {
  /** The referral as last read: its `version` goes with the step. */
  readonly referral: ReferralView;
  /** A step that needs words: revoking or declining (a reason), completing (the note back). */
  readonly to: 'revoked' | 'declined' | 'completed';
  readonly title: string;
  readonly label: string;
  readonly hint?: string;
  /** Said before the button, e.g. what revoking does. */
  readonly warning?: string;
  readonly submitLabel: string;
  readonly onDone: (referral: ReferralView) => void;
  /** The referral changed meanwhile: read it again (the dialog keeps what was typed). */
  readonly onStale: () => void;
  readonly onClose: () => void;
}

/** A lifecycle step that needs a reason or a note, typed in a dialog and sent with the version. */
export function StepDialog(props: Props) {
  const { api, t } = useConsole();
  const { referral, to } = props;
  const field = stepNeeds(to) ?? 'reason';
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem>();
  const form = useRef<HTMLFormElement>(null);

  // The dialog is open by now (its own layout effect ran first): start in the text.
  useEffect(() => {
    form.current?.querySelector('textarea')?.focus();
  }, []);

  const submit = async () => {
    const check = transitionInputOf(to, referral.version, text);
    if (!check.ok) {
      setProblem(localProblem(t.checkFields, { [field]: t.fieldRequired }));
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      props.onDone(await transitionReferral(api, referral.id, check.input));
    } catch (error) {
      if (isStaleVersion(error)) {
        setProblem(localProblem(t.refStale));
        props.onStale();
      } else {
        setProblem(problemOf(error, t));
      }
      setBusy(false);
    }
  };

  return (
    <Dialog title={props.title} onClose={props.onClose}>
      <form
        ref={form}
        class="stack"
        noValidate
        data-step-dialog={to}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <TextArea
          label={props.label}
          name={field}
          hint={props.hint}
          value={text}
          required
          rows={4}
          // As the server takes them: a reason up to 1,000 characters, a note back up to 4,000.
          maxLength={field === 'note' ? 4000 : 1000}
          error={problem?.fields[field]}
          onInput={setText}
        />
        {props.warning && (
          <p class="alert alert--warning" role="note">
            {props.warning}
          </p>
        )}
        <FormAlert problem={problem} shownFields={[field]} />
        <div class="actions">
          <button type="button" class="button button--secondary" onClick={props.onClose}>
            {t.cancel}
          </button>
          <button
            type="submit"
            class={`button${to === 'completed' ? '' : ' button--danger'}`}
            disabled={busy}
            aria-busy={busy}
            data-action={`confirm-${to}`}
          >
            {busy ? t.working : props.submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
