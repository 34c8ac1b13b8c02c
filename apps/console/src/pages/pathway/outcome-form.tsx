import type { EconomicOutcome } from '@sanad/core';
import { useId, useState } from 'preact/hooks';
import { isStaleVersion } from '../../api/conflicts.ts';
import type { EnrolmentView } from '../../api/pathway-types.ts';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { SelectField } from '../../components/ui/select-field.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { useConsole } from '../../context.ts';
import { localProblem, problemOf, type FormProblem } from '../../forms.ts';
import { recordOutcome } from './pathway-api.ts';
import { economicOutcomeLabel, economicOutcomes } from './pathway-vocabulary.ts';

/** Today in the browser's calendar, as `YYYY-MM-DD` (what `<input type="date">` holds). */
export function todayInput(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

interface Props {
  readonly enrolment: EnrolmentView;
  readonly onRecorded: (enrolment: EnrolmentView) => void;
  readonly onStale: () => void;
}

/**
 * What came of it, once she finished or stopped: employed, business created, an income activity
 * started, further training — or nothing yet — and since when. Either side may record it; a
 * later call may correct it.
 */
export function OutcomeForm({ enrolment, onRecorded, onStale }: Props) {
  const { api, locale, t } = useConsole();
  const titleId = useId();
  const [outcome, setOutcome] = useState<EconomicOutcome | ''>(enrolment.outcome ?? '');
  const [on, setOn] = useState(enrolment.outcomeOn ?? todayInput());
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem>();

  const submit = async () => {
    const fields: Record<string, string> = {};
    if (outcome === '') fields['outcome'] = t.fieldRequired;
    if (on === '') fields['on'] = t.fieldRequired;
    if (outcome === '' || on === '') {
      setProblem(localProblem(t.checkFields, fields));
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      onRecorded(
        await recordOutcome(api, enrolment.id, { outcome, on, version: enrolment.version }),
      );
    } catch (error) {
      if (isStaleVersion(error)) {
        setProblem(localProblem(t.pwEnrolmentStale));
        onStale();
      } else {
        setProblem(problemOf(error, t));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      class="stack"
      noValidate
      aria-labelledby={titleId}
      data-outcome-form={enrolment.id}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h5 id={titleId}>{t.pwOutcomeTitle}</h5>
      <div class="inline-form">
        <SelectField
          label={t.pwOutcome}
          name="outcome"
          value={outcome}
          required
          error={problem?.fields['outcome']}
          onChange={(value) => {
            setOutcome(value as EconomicOutcome);
          }}
        >
          <option value="">{t.pwChoose}</option>
          {economicOutcomes.codes.map((code) => (
            <option key={code} value={code}>
              {economicOutcomeLabel(code, locale)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t.pwOutcomeOn}
          name="on"
          type="date"
          dir="ltr"
          value={on}
          required
          max={todayInput()}
          error={problem?.fields['on']}
          onInput={setOn}
        />
        <button
          type="submit"
          class="button"
          disabled={busy}
          aria-busy={busy}
          data-action="record-outcome"
        >
          {busy ? t.working : t.pwOutcomeSubmit}
        </button>
      </div>
      <FormAlert problem={problem} shownFields={['outcome', 'on']} />
    </form>
  );
}
