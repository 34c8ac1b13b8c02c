import type { ContactChannel, DropReason } from '@sanad/core';
import { useState } from 'preact/hooks';
import { isStaleVersion } from '../../api/conflicts.ts';
import type { EnrolmentView, StepInput } from '../../api/pathway-types.ts';
import { Checkbox } from '../../components/ui/checkbox.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { SelectField } from '../../components/ui/select-field.tsx';
import { TextArea } from '../../components/ui/text-area.tsx';
import { useConsole } from '../../context.ts';
import { localProblem, problemOf, type FormProblem } from '../../forms.ts';
import { channelLabel, contactChannels } from '../../helpline-vocabulary.ts';
import { isolate } from '../../i18n/bidi.ts';
import { isConsentRequired, stepEnrolment } from './pathway-api.ts';
import { dropReasonLabel, dropReasons } from './pathway-vocabulary.ts';

interface Props {
  readonly enrolment: EnrolmentView;
  readonly step: 'refer' | 'drop';
  /** How this side usually hears her consent: by phone for the helpline. */
  readonly defaultChannel: ContactChannel;
  readonly onDone: (enrolment: EnrolmentView) => void;
  readonly onStale: () => void;
  readonly onClose: () => void;
}

/**
 * The two steps that need words. Referring her sends the referral to the provider, through the
 * referrals' consent gate and deadlines: if she has not agreed in the app, the listener records
 * that she agrees now (and how she said it). Stopping asks why, from a closed list, for the
 * indicators (how many stop for childcare, for distance…).
 */
export function EnrolmentStepDialog(props: Props) {
  const { api, locale, t } = useConsole();
  const { enrolment, step } = props;
  const provider = isolate(enrolment.opportunity.provider.name);
  const title = isolate(enrolment.opportunity.title);
  const [consentNow, setConsentNow] = useState(false);
  const [channel, setChannel] = useState<ContactChannel>(props.defaultChannel);
  const [reason, setReason] = useState<DropReason | ''>('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem>();
  // The server said her consent is missing: the box must be ticked to go on.
  const [consentMissing, setConsentMissing] = useState(false);

  const inputOf = (): StepInput | undefined => {
    const trimmed = note.trim();
    const base = {
      step,
      version: enrolment.version,
      ...(trimmed === '' ? {} : { note: trimmed }),
    };
    if (step === 'refer') return consentNow ? { ...base, consent: { channel } } : base;
    if (reason === '') {
      setProblem(localProblem(t.checkFields, { dropReason: t.fieldRequired }));
      return undefined;
    }
    return { ...base, dropReason: reason };
  };

  const submit = async () => {
    const input = inputOf();
    if (!input) return;
    setBusy(true);
    setProblem(undefined);
    try {
      props.onDone(await stepEnrolment(api, enrolment.id, input));
    } catch (error) {
      if (isConsentRequired(error)) setConsentMissing(true);
      if (isStaleVersion(error)) {
        setProblem(localProblem(t.pwEnrolmentStale));
        props.onStale();
      } else {
        setProblem(problemOf(error, t));
      }
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={step === 'refer' ? t.pwReferTitle(provider) : t.pwDropTitle(title)}
      onClose={props.onClose}
    >
      <form
        class="stack"
        noValidate
        data-enrolment-dialog={step}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        {step === 'refer' ? (
          <fieldset
            class={`fieldset consent-choice${consentMissing ? ' field--invalid' : ''}`}
            data-consent={consentMissing ? 'missing' : 'unknown'}
          >
            <legend>{t.refConsentLegend}</legend>
            <p class="field__hint">{t.pwReferHint(provider)}</p>
            <Checkbox
              name="consentNow"
              label={t.pwConsentNow(provider)}
              checked={consentNow}
              onChange={setConsentNow}
            />
            {consentNow && (
              <SelectField
                label={t.consentChannel}
                name="channel"
                value={channel}
                onChange={(value) => {
                  setChannel(value as ContactChannel);
                }}
              >
                {contactChannels.codes.map((code) => (
                  <option key={code} value={code}>
                    {channelLabel(code, locale)}
                  </option>
                ))}
              </SelectField>
            )}
          </fieldset>
        ) : (
          <SelectField
            label={t.pwDropReason}
            name="dropReason"
            value={reason}
            required
            autoFocus
            error={problem?.fields['dropReason']}
            onChange={(value) => {
              setReason(value as DropReason);
            }}
          >
            <option value="">{t.pwChoose}</option>
            {dropReasons.codes.map((code) => (
              <option key={code} value={code}>
                {dropReasonLabel(code, locale)}
              </option>
            ))}
          </SelectField>
        )}
        <TextArea
          label={t.pwStepNote}
          name="note"
          value={note}
          rows={2}
          maxLength={2000}
          error={problem?.fields['note']}
          onInput={setNote}
        />
        <FormAlert problem={problem} shownFields={['dropReason', 'note']} />
        <div class="actions">
          <button type="button" class="button button--secondary" onClick={props.onClose}>
            {t.cancel}
          </button>
          <button
            type="submit"
            class={`button${step === 'drop' ? ' button--danger' : ''}`}
            disabled={busy}
            aria-busy={busy}
            data-action={`confirm-${step}`}
          >
            {busy ? t.working : step === 'refer' ? t.pwReferSubmit : t.pwDropSubmit}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
