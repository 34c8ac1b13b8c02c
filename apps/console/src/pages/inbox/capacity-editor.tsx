import { useEffect, useState } from 'preact/hooks';
import type { ApiClient } from '../../api/client.ts';
import type { ReferralInstitution } from '../../api/referral-types.ts';
import { updateCapacity } from '../../api/referrals.ts';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { useConsole } from '../../context.ts';
import { localProblem, problemOf, type FormProblem } from '../../forms.ts';
import { formatDateTime } from '../../helpline-format.ts';
import type { Messages } from '../../i18n/messages.ts';
import type { Locale } from '../../i18n/locale.ts';
import { capacityOf } from './service-draft.ts';

/** Institutions whose free beds the routing reads: open by default for them. */
const SHELTERING = new Set(['shelter', 'emf_centre']);

/** The institution's places as the directory holds them (`GET /institution/capacity`). */
interface OwnCapacity {
  readonly capacityFree: number | null;
  readonly capacityTotal: number | null;
  readonly capacityUpdatedAt: string | null;
}

async function loadOwnCapacity(api: ApiClient, signal: AbortSignal): Promise<OwnCapacity> {
  const { institution } = await api.get<{ institution: OwnCapacity }>('/institution/capacity', {
    signal,
  });
  return institution;
}

/** "Now: 3 beds free of 20." and when that was last reported, or that it never was. */
function capacityInWords(capacity: OwnCapacity, t: Messages, locale: Locale): string[] {
  if (capacity.capacityFree === null) return [t.inboxCapacityNotReported];
  const now =
    capacity.capacityTotal === null
      ? t.inboxCapacityNowFree(capacity.capacityFree)
      : t.inboxCapacityNow(capacity.capacityFree, capacity.capacityTotal);
  return capacity.capacityUpdatedAt === null
    ? [now]
    : [now, t.inboxCapacityReportedAt(formatDateTime(capacity.capacityUpdatedAt, locale))];
}

/**
 * The institution's free beds, kept current by its own staff: the routing proposes a shelter
 * with beds before a full one, and says how many are free. The editor shows what the directory
 * holds now (free, total, last reported) before and after a change.
 */
export function CapacityEditor({ institution }: { readonly institution: ReferralInstitution }) {
  const { api, locale, t } = useConsole();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem>();
  const [notice, setNotice] = useState('');
  const [capacity, setCapacity] = useState<OwnCapacity>();

  useEffect(() => {
    const controller = new AbortController();
    loadOwnCapacity(api, controller.signal).then(setCapacity, () => {
      // Not shown is better than a second error box: the form still works without it.
    });
    return () => {
      controller.abort();
    };
  }, [institution.id]);

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
      // The answer is the directory entry, which carries the total and the time as well.
      const saved: Partial<OwnCapacity> = await updateCapacity(api, capacityFree);
      const now = saved.capacityFree ?? capacityFree;
      setNotice(t.inboxCapacitySaved(now));
      setCapacity((before) => ({
        capacityFree: now,
        capacityTotal: saved.capacityTotal ?? before?.capacityTotal ?? null,
        capacityUpdatedAt: saved.capacityUpdatedAt ?? new Date().toISOString(),
      }));
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
      {capacity !== undefined && (
        <p class="muted" data-capacity-current>
          {capacityInWords(capacity, t, locale).join(' ')}
        </p>
      )}
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
          max={capacity?.capacityTotal ?? undefined}
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
