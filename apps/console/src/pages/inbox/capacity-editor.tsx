import { useState } from 'preact/hooks';
import type { ReferralInstitution } from '../../api/referral-types.ts';
import { updateCapacity } from '../../api/referrals.ts';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { useConsole } from '../../context.ts';
import { localProblem, problemOf, type FormProblem } from '../../forms.ts';
import { capacityOf } from './service-draft.ts';

/** Institutions whose free beds the routing reads: open by default for them. */
const SHELTERING = new Set(['shelter', 'emf_centre']);

/**
 * The institution's free beds, kept current by its own staff: the routing proposes a shelter
 * with beds before a full one, and says how many are free.
 */
export function CapacityEditor({ institution }: { readonly institution: ReferralInstitution }) {
  const { api, t } = useConsole();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem>();
  const [notice, setNotice] = useState('');

  const save = async () => {
    const capacityFree = capacityOf(text);
    if (capacityFree === undefined) {
      setProblem(localProblem(t.checkFields, { capacityFree: t.inboxCapacityInvalid }));
      return;
    }
    setBusy(true);
    setProblem(undefined);
    setNotice('');
    try {
      const saved = await updateCapacity(api, capacityFree);
      setNotice(t.inboxCapacitySaved(saved.capacityFree ?? capacityFree));
      setText('');
    } catch (error) {
      setProblem(problemOf(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <details class="card disclosure capacity" open={SHELTERING.has(institution.type)} data-capacity>
      <summary>{t.inboxCapacityTitle}</summary>
      <form
        class="inline-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <TextField
          label={t.inboxCapacityLabel}
          name="capacityFree"
          type="number"
          inputMode="numeric"
          min={0}
          dir="ltr"
          hint={t.inboxCapacityHint}
          value={text}
          error={problem?.fields['capacityFree']}
          onInput={setText}
        />
        <button type="submit" class="button" disabled={busy} aria-busy={busy}>
          {t.inboxCapacitySave}
        </button>
      </form>
      <FormAlert problem={problem} shownFields={['capacityFree']} />
      <p class="notice" role="status" data-capacity-notice>
        {notice}
      </p>
    </details>
  );
}
