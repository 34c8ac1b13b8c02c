import type { CallOutcome, ContactChannel, ContactType } from '@sanad/core';
import { useEffect, useState } from 'preact/hooks';
import { canDo } from '../../abilities.ts';
import { logContact } from '../../api/calls.ts';
import { loadCase } from '../../api/cases.ts';
import type { Me } from '../../api/types.ts';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { SelectField } from '../../components/ui/select-field.tsx';
import { TextArea } from '../../components/ui/text-area.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { useConsole } from '../../context.ts';
import { localProblem, problemOf, type FormProblem } from '../../forms.ts';
import { toLocalInput } from '../../helpline-format.ts';
import {
  callOutcomeLabel,
  callOutcomes,
  channelLabel,
  contactChannels,
  contactTypeLabel,
  contactTypes,
} from '../../helpline-vocabulary.ts';
import { isolate } from '../../i18n/bidi.ts';
import { caseHref } from '../../routing.ts';
import { blankCall, checkCall, contactInputOf, type CallDraft } from './call-draft.ts';
import { CallTimer } from './call-timer.tsx';
import { CaseDestination } from './case-destination.tsx';
import { EarlierContacts } from './earlier-contacts.tsx';
import { usePhoneLookup } from './use-phone-lookup.ts';

const FIELDS = ['type', 'phone', 'durationSeconds', 'occurredAt', 'notes'];

/**
 * Logs a call while it happens or after it: the number's earlier contacts show as soon as it
 * is typed, a timer measures the call, and the call is added to a case or opens one.
 */
export function LogCallPage({ me, caseId }: { readonly me: Me; readonly caseId?: string }) {
  const { api, locale, t } = useConsole();
  const [draft, setDraft] = useState<CallDraft>(() => blankCall(caseId ?? ''));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem>();
  const [notice, setNotice] = useState('');
  const { lookup, now: lookUpNow } = usePhoneLookup(draft.phone);
  const set = (change: Partial<CallDraft>) => {
    setDraft((current) => ({ ...current, ...change }));
  };

  // Opened from a case ("log a call for this case"): show its reference.
  useEffect(() => {
    if (caseId === undefined) return;
    const controller = new AbortController();
    loadCase(api, caseId, controller.signal).then(
      (view) => {
        set({ caseReference: view.reference });
      },
      () => undefined,
    );
    return () => {
      controller.abort();
    };
  }, [caseId]);

  const send = async () => {
    const found = checkCall(draft);
    if (Object.keys(found).length > 0) {
      const fields: Record<string, string> = {};
      for (const [field, kind] of Object.entries(found)) {
        fields[field] = kind === 'required' ? t.fieldRequired : t.invalidNumber;
      }
      setProblem(localProblem(t.checkFields, fields));
      return;
    }
    setBusy(true);
    setProblem(undefined);
    setNotice('');
    try {
      const logged = await logContact(api, contactInputOf(draft));
      if (logged.case) {
        window.location.hash = caseHref(logged.case.caseId);
        return;
      }
      setDraft(blankCall());
      setNotice(t.callLogged);
    } catch (error) {
      setProblem(problemOf(error, t));
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (name: string) => problem?.fields[name];
  return (
    <div class="page page--narrow">
      <PageHeading>{t.logCallTitle}</PageHeading>
      <p class="notice" role="status">
        {notice}
      </p>
      <form
        class="card stack"
        noValidate
        aria-label={t.logCallTitle}
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <fieldset class="fieldset">
          <legend>{t.direction}</legend>
          <div class="choice-row">
            {(['inbound', 'outbound'] as const).map((direction) => (
              <label class="check" key={direction}>
                <input
                  type="radio"
                  name="direction"
                  value={direction}
                  checked={draft.direction === direction}
                  onChange={() => {
                    set({ direction });
                  }}
                />
                <span>{direction === 'inbound' ? t.inbound : t.outbound}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div class="form-grid">
          <SelectField
            label={t.colChannel}
            name="channel"
            value={draft.channel}
            onChange={(channel) => {
              set({ channel: channel as ContactChannel });
            }}
          >
            {contactChannels.codes.map((code) => (
              <option key={code} value={code}>
                {channelLabel(code, locale)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t.callType}
            name="type"
            value={draft.type}
            required
            error={fieldError('type')}
            onChange={(value) => {
              const type = value as ContactType | '';
              set({
                type,
                ...(type === 'violence_report' || type === 'support_request'
                  ? { newCase: { ...draft.newCase, kind: type } }
                  : {}),
              });
            }}
          >
            <option value="">{t.chooseOption}</option>
            {contactTypes.codes.map((code) => (
              <option key={code} value={code}>
                {contactTypeLabel(code, locale)}
              </option>
            ))}
          </SelectField>
        </div>
        <TextField
          label={t.phoneNumber}
          name="phone"
          type="tel"
          inputMode="tel"
          dir="ltr"
          autoComplete="off"
          hint={t.phoneHint}
          value={draft.phone}
          error={fieldError('phone')}
          onBlur={lookUpNow}
          onInput={(phone) => {
            set({ phone });
          }}
        />
        <EarlierContacts
          lookup={lookup}
          onAttach={(id, reference) => {
            set({ destination: 'existing', caseId: id, caseReference: reference });
            setNotice(t.attachedNotice(isolate(reference)));
          }}
        />
        <CallTimer
          seconds={draft.durationSeconds}
          onChange={(durationSeconds) => {
            set({ durationSeconds });
          }}
        />
        {fieldError('durationSeconds') && (
          <p class="field__error">{fieldError('durationSeconds')}</p>
        )}
        <div class="check">
          <input
            id="after-the-fact"
            type="checkbox"
            checked={draft.afterTheFact}
            onChange={(event) => {
              const on = event.currentTarget.checked;
              set({
                afterTheFact: on,
                occurredAt:
                  on && draft.occurredAt === '' ? toLocalInput(new Date()) : draft.occurredAt,
              });
            }}
          />
          <label for="after-the-fact">{t.afterTheFact}</label>
        </div>
        {draft.afterTheFact && (
          <TextField
            label={t.occurredAt}
            name="occurredAt"
            type="datetime-local"
            dir="ltr"
            max={toLocalInput(new Date())}
            value={draft.occurredAt}
            error={fieldError('occurredAt')}
            onInput={(occurredAt) => {
              set({ occurredAt });
            }}
          />
        )}
        <TextArea
          label={t.callNotes}
          name="notes"
          hint={t.callNotesHint}
          value={draft.notes}
          maxLength={4000}
          error={fieldError('notes')}
          onInput={(notes) => {
            set({ notes });
          }}
        />
        <SelectField
          label={t.callOutcome}
          name="outcome"
          hint={t.callOutcomeHint}
          value={draft.outcome}
          onChange={(outcome) => {
            set({ outcome: outcome as CallOutcome | '' });
          }}
        >
          <option value="">{t.outcomeAutomatic}</option>
          {callOutcomes.codes.map((code) => (
            <option key={code} value={code}>
              {callOutcomeLabel(code, locale)}
            </option>
          ))}
        </SelectField>
        <CaseDestination
          draft={draft}
          myId={me.user.id}
          canOpenCase={canDo(me, 'case.create')}
          error={fieldError('caseId')}
          onChange={set}
        />
        <FormAlert problem={problem} shownFields={FIELDS} />
        <div class="actions">
          <button type="submit" class="button" disabled={busy} aria-busy={busy}>
            {t.saveCall}
          </button>
        </div>
      </form>
    </div>
  );
}
