import type { ReferralStatus } from '@sanad/core';
import { useState } from 'preact/hooks';
import { isStaleVersion } from '../../api/conflicts.ts';
import type { ReferralView } from '../../api/referral-types.ts';
import { transitionReferral } from '../../api/referrals.ts';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { useConsole } from '../../context.ts';
import { localProblem, problemOf, type FormProblem } from '../../forms.ts';
import { isolate } from '../../i18n/bidi.ts';
import type { Messages } from '../../i18n/messages.ts';
import { offeredSteps, transitionInputOf } from '../referrals/step-draft.ts';
import { StepDialog } from '../referrals/step-dialog.tsx';

interface Props {
  readonly referral: ReferralView;
  readonly onChanged: (referral: ReferralView) => void;
  /** The referral changed meanwhile: read it again. */
  readonly onStale: () => void;
}

type WordedStep = 'declined' | 'completed' | 'revoked';

/** A step the receiving side takes: a referral is drafted and sent by the referring side. */
type ResponseStep = Exclude<ReferralStatus, 'draft' | 'sent'>;

const isResponseStep = (step: ReferralStatus): step is ResponseStep =>
  step !== 'draft' && step !== 'sent';

const isWorded = (step: ReferralStatus): step is WordedStep =>
  step === 'declined' || step === 'completed' || step === 'revoked';

/** The button for each step, and the hook browser tests find it by. */
function stepButton(step: ResponseStep, t: Messages): { label: string; action: string } {
  switch (step) {
    case 'acknowledged':
      return { label: t.refAcknowledge, action: 'acknowledge' };
    case 'accepted':
      return { label: t.refAccept, action: 'accept' };
    case 'in_progress':
      return { label: t.refStartService, action: 'start' };
    case 'completed':
      return { label: t.refComplete, action: 'complete' };
    case 'declined':
      return { label: t.refDecline, action: 'decline' };
    case 'revoked':
      return { label: t.refRevoke, action: 'revoke' };
  }
}

/**
 * The steps the server lets this viewer take now, in the order of the work: acknowledge,
 * accept, start, complete (with the note back) — or decline (with a reason). Steps that need
 * words open a dialog; the others are taken at once.
 */
export function RespondActions({ referral, onChanged, onStale }: Props) {
  const { api, t } = useConsole();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem>();
  const [dialog, setDialog] = useState<WordedStep>();
  const steps = offeredSteps(referral.allowedTransitions).filter(isResponseStep);
  if (steps.length === 0) return null;

  const take = async (to: ReferralStatus) => {
    const check = transitionInputOf(to, referral.version);
    if (!check.ok) return;
    setBusy(true);
    setProblem(undefined);
    try {
      onChanged(await transitionReferral(api, referral.id, check.input));
    } catch (error) {
      if (isStaleVersion(error)) {
        setProblem(localProblem(t.refStale));
        onStale();
      } else {
        setProblem(problemOf(error, t));
      }
    } finally {
      setBusy(false);
    }
  };

  const name = isolate(referral.institution.name);
  const dialogWords: Record<
    WordedStep,
    { title: string; label: string; hint: string; submit: string }
  > = {
    declined: {
      title: t.refDeclineTitle,
      label: t.refDeclineReason,
      hint: t.refDeclineHint,
      submit: t.refDeclineSubmit,
    },
    completed: {
      title: t.refCompleteTitle,
      label: t.refNoteLabel,
      hint: t.refNoteHint,
      submit: t.refCompleteSubmit,
    },
    revoked: {
      title: t.refRevokeTitle(name),
      label: t.refRevokeReason,
      hint: t.refRevokeHint,
      submit: t.refRevokeSubmit,
    },
  };

  return (
    <div class="respond-actions" data-respond-actions>
      <div class="row-actions" role="group" aria-label={t.refActionsLabel}>
        {steps.map((step) => {
          const { label, action } = stepButton(step, t);
          const danger = step === 'declined' || step === 'revoked';
          return (
            <button
              key={step}
              type="button"
              class={`button${danger ? ' button--danger-quiet' : ''}`}
              disabled={busy}
              data-action={action}
              onClick={() => {
                if (isWorded(step)) setDialog(step);
                else void take(step);
              }}
            >
              {label}
            </button>
          );
        })}
      </div>
      <FormAlert problem={problem} />
      {dialog && (
        <StepDialog
          referral={referral}
          to={dialog}
          title={dialogWords[dialog].title}
          label={dialogWords[dialog].label}
          hint={dialogWords[dialog].hint}
          warning={dialog === 'revoked' ? t.refRevokeWarning : undefined}
          submitLabel={dialogWords[dialog].submit}
          onDone={(next) => {
            setDialog(undefined);
            onChanged(next);
          }}
          onStale={onStale}
          onClose={() => {
            setDialog(undefined);
          }}
        />
      )}
    </div>
  );
}
