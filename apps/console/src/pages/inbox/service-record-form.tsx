import type { ServiceType } from '@sanad/core';
import { useId, useState } from 'preact/hooks';
import { isStaleVersion } from '../../api/conflicts.ts';
import type { ReferralView } from '../../api/referral-types.ts';
import { recordReferralService } from '../../api/referrals.ts';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { SelectField } from '../../components/ui/select-field.tsx';
import { TextArea } from '../../components/ui/text-area.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { useConsole } from '../../context.ts';
import { localProblem, problemOf, type FormProblem } from '../../forms.ts';
import { serviceLabel, serviceTypes } from '../../vocabulary.ts';
import { emptyServiceDraft, serviceInputOf, type ServiceDraft } from './service-draft.ts';

interface Props {
  readonly referral: ReferralView;
  readonly onRecorded: (referral: ReferralView) => void;
  readonly onStale: () => void;
}

const SHOWN_FIELDS = ['serviceType', 'startedOn', 'endedOn', 'notes'];

/**
 * A service the institution delivered to her — shelter (with its dates), listening,
 * orientation, accompaniment, economic support, legal, medical, psychological — with notes.
 * On an accepted referral, the first record also starts the work.
 */
export function ServiceRecordForm({ referral, onRecorded, onStale }: Props) {
  const { api, locale, t } = useConsole();
  const titleId = useId();
  const [draft, setDraft] = useState<ServiceDraft>(() =>
    emptyServiceDraft(referral.services, new Date()),
  );
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem>();
  const set = (change: Partial<ServiceDraft>) => {
    setDraft({ ...draft, ...change });
  };
  // The services asked for come first in the list.
  const others = serviceTypes.codes.filter((code) => !referral.services.includes(code));

  const submit = async () => {
    const check = serviceInputOf(draft, referral.version);
    if (!check.ok) {
      const fields: Record<string, string> = {};
      for (const [field, issue] of Object.entries(check.problems)) {
        fields[field] =
          field === 'endedOn' && issue === 'invalid' ? t.refEndBeforeStart : t.fieldRequired;
      }
      setProblem(localProblem(t.checkFields, fields));
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      onRecorded(await recordReferralService(api, referral.id, check.input));
      setDraft(emptyServiceDraft(referral.services, new Date()));
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

  return (
    <section class="card" aria-labelledby={titleId} data-section="record-service">
      <h3 id={titleId}>{t.refRecordServiceTitle}</h3>
      <form
        class="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <div class="form-grid">
          <SelectField
            label={t.refServiceType}
            name="serviceType"
            value={draft.serviceType}
            required
            error={problem?.fields['serviceType']}
            onChange={(value) => {
              set({ serviceType: value as ServiceType | '' });
            }}
          >
            <option value="">{t.chooseOption}</option>
            {[...referral.services, ...others].map((code) => (
              <option key={code} value={code}>
                {serviceLabel(code, locale)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t.refStartedOn}
            name="startedOn"
            type="date"
            dir="ltr"
            required
            value={draft.startedOn}
            error={problem?.fields['startedOn']}
            onInput={(value) => {
              set({ startedOn: value });
            }}
          />
          <TextField
            label={t.refEndedOn}
            name="endedOn"
            type="date"
            dir="ltr"
            hint={t.refEndedOnHint}
            min={draft.startedOn || undefined}
            value={draft.endedOn}
            error={problem?.fields['endedOn']}
            onInput={(value) => {
              set({ endedOn: value });
            }}
          />
        </div>
        <TextArea
          label={t.refServiceNotes}
          name="notes"
          hint={t.refServiceNotesHint}
          value={draft.notes}
          rows={3}
          maxLength={2000}
          error={problem?.fields['notes']}
          onInput={(value) => {
            set({ notes: value });
          }}
        />
        <FormAlert problem={problem} shownFields={SHOWN_FIELDS} />
        <button
          type="submit"
          class="button"
          disabled={busy}
          aria-busy={busy}
          data-action="record-service"
        >
          {busy ? t.working : t.refRecordServiceSubmit}
        </button>
      </form>
    </section>
  );
}
