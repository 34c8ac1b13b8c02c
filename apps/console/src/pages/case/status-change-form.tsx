import type { CaseStatus, ClosingReason, ReopeningReason } from '@sanad/core';
import { useState } from 'preact/hooks';
import { changeStatus } from '../../api/cases.ts';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { SelectField } from '../../components/ui/select-field.tsx';
import { useConsole } from '../../context.ts';
import { localProblem } from '../../forms.ts';
import {
  closingReasonLabel,
  closingReasons,
  reopeningReasonLabel,
  reopeningReasons,
  statusLabel,
} from '../../helpline-vocabulary.ts';
import { useCaseFileContext } from './case-context.ts';
import { useCaseForm } from './use-case-form.ts';

/** Which reasons a transition asks for: closing, reopening, or none (moving forward). */
function reasonsFor(from: CaseStatus, to: CaseStatus | ''): 'closing' | 'reopening' | undefined {
  if (to === 'closed') return 'closing';
  if (from === 'closed' && to === 'active') return 'reopening';
  return undefined;
}

/**
 * Moves the case along its lifecycle, to the statuses the server allows from here. Closing and
 * reopening take a reason code (never free text: it goes in the audit trail).
 */
export function StatusChangeForm() {
  const { api, locale, t } = useConsole();
  const { view } = useCaseFileContext();
  const [target, setTarget] = useState<CaseStatus | ''>('');
  const [reason, setReason] = useState('');
  const { busy, problem, setProblem, submit } = useCaseForm();
  const reasons = reasonsFor(view.status, target);

  return (
    <form
      class="inline-form"
      noValidate
      aria-label={t.changeStatus}
      onSubmit={(event) => {
        event.preventDefault();
        if (target === '') {
          setProblem(localProblem(t.checkFields, { status: t.fieldRequired }));
          return;
        }
        if (reasons !== undefined && reason === '') {
          setProblem(localProblem(t.checkFields, { reason: t.fieldRequired }));
          return;
        }
        const status = target;
        const code =
          reasons === undefined ? undefined : (reason as ClosingReason | ReopeningReason);
        void submit(
          (version) =>
            changeStatus(api, view.id, version, { status, ...(code ? { reason: code } : {}) }),
          t.statusChanged(statusLabel(status, locale)),
          () => {
            setTarget('');
            setReason('');
          },
        );
      }}
    >
      <SelectField
        label={t.changeStatusTo}
        name="status"
        value={target}
        error={problem?.fields['status']}
        onChange={(value) => {
          setTarget(value as CaseStatus | '');
          setReason('');
        }}
      >
        <option value="">{t.chooseOption}</option>
        {view.allowedTransitions.map((status) => (
          <option key={status} value={status}>
            {statusLabel(status, locale)}
          </option>
        ))}
      </SelectField>
      {reasons !== undefined && (
        <SelectField
          label={reasons === 'closing' ? t.closingReason : t.reopeningReason}
          name="reason"
          value={reason}
          required
          error={problem?.fields['reason']}
          onChange={setReason}
        >
          <option value="">{t.chooseOption}</option>
          {reasons === 'closing'
            ? closingReasons.codes.map((code) => (
                <option key={code} value={code}>
                  {closingReasonLabel(code, locale)}
                </option>
              ))
            : reopeningReasons.codes.map((code) => (
                <option key={code} value={code}>
                  {reopeningReasonLabel(code, locale)}
                </option>
              ))}
        </SelectField>
      )}
      <button type="submit" class="button button--secondary" disabled={busy} aria-busy={busy}>
        {t.changeStatus}
      </button>
      <FormAlert problem={problem} shownFields={['status', 'reason']} />
    </form>
  );
}
