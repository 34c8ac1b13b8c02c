import type { ContactChannel } from '@sanad/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { isStaleVersion } from '../../api/conflicts.ts';
import type { ProposalView, ReferralView } from '../../api/referral-types.ts';
import { createReferral, isConsentRequired, sendReferral } from '../../api/referrals.ts';
import { Checkbox } from '../../components/ui/checkbox.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { SelectField } from '../../components/ui/select-field.tsx';
import { TextArea } from '../../components/ui/text-area.tsx';
import { useConsole } from '../../context.ts';
import { localProblem, problemOf, type FormProblem } from '../../forms.ts';
import { formatList } from '../../helpline-format.ts';
import { channelLabel, contactChannels } from '../../helpline-vocabulary.ts';
import { isolate } from '../../i18n/bidi.ts';
import { serviceLabel } from '../../vocabulary.ts';
import {
  chooseConsent,
  createInputOf,
  initialSendDraft,
  sendInputOf,
  toggleService,
  type SendDraft,
  type SendProblems,
} from './send-draft.ts';

/** What is being sent: a new referral to a proposed institution, or a draft made earlier. */
export type SendTarget =
  | { readonly kind: 'proposal'; readonly proposal: ProposalView }
  | { readonly kind: 'draft'; readonly referral: ReferralView };

interface Props {
  readonly caseId: string;
  readonly target: SendTarget;
  /** Only an emergency may go without her consent (the override, with a reason). */
  readonly emergency: boolean;
  /** How she usually tells this side her consent: by phone to the helpline, in person elsewhere. */
  readonly defaultChannel: ContactChannel;
  readonly onSent: (referral: ReferralView) => void;
  readonly onStale: () => void;
  readonly onClose: () => void;
}

const SHOWN_FIELDS = ['services', 'consent', 'emergencyOverride.reason'];

/**
 * Sends a referral, quickly in an emergency: the services asked of the institution (what it
 * covers of her needs, all ticked), and her consent — already given, given now ("she agrees now
 * to share with …"), or in an emergency only, overridden with a reason, which alerts the
 * supervisor. Focus starts where the listener must act: the consent box, or "Send".
 */
export function SendDialog(props: Props) {
  const { api, locale, t } = useConsole();
  const { target, emergency } = props;
  const institution =
    target.kind === 'proposal' ? target.proposal.institution : target.referral.institution;
  const name = isolate(institution.name);
  const [draft, setDraft] = useState<SendDraft>(() =>
    target.kind === 'proposal'
      ? initialSendDraft(target.proposal, props.defaultChannel)
      : {
          services: target.referral.services,
          consentNow: false,
          channel: props.defaultChannel,
          override: false,
          overrideReason: '',
        },
  );
  // The server said her consent is missing after all (withdrawn since the list was read).
  const [consentLost, setConsentLost] = useState(false);
  const consentOnRecord =
    target.kind === 'proposal' && target.proposal.consentGranted && !consentLost;
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem>();
  const form = useRef<HTMLFormElement>(null);
  const servicesError = problem?.fields['services'];
  const consentError = problem?.fields['consent'];

  useEffect(() => {
    const start = form.current?.querySelector<HTMLElement>(
      consentOnRecord ? '[data-action="send-referral"]' : 'input[name="consentNow"]',
    );
    start?.focus();
  }, []);

  const refuse = (problems: SendProblems) => {
    const fields: Record<string, string> = {};
    if (problems.services) fields['services'] = t.refChooseService;
    if (problems.consent) fields['consent'] = t.refConsentNeeded;
    if (problems['emergencyOverride.reason']) {
      fields['emergencyOverride.reason'] = t.fieldRequired;
    }
    setProblem(localProblem(t.checkFields, fields));
  };

  /** The request to make, or nothing when the form must be fixed first. */
  const prepare = (): (() => Promise<ReferralView>) | undefined => {
    if (target.kind === 'proposal') {
      const check = createInputOf(draft, institution.id, { consentOnRecord, emergency });
      if (!check.ok) {
        refuse(check.problems);
        return undefined;
      }
      return () => createReferral(api, props.caseId, check.input);
    }
    const check = sendInputOf(draft, target.referral.version, emergency);
    if (!check.ok) {
      refuse(check.problems);
      return undefined;
    }
    return () => sendReferral(api, target.referral.id, check.input);
  };

  const submit = async () => {
    const send = prepare();
    if (!send) return;
    setBusy(true);
    setProblem(undefined);
    try {
      props.onSent(await send());
    } catch (error) {
      if (isConsentRequired(error)) setConsentLost(true);
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
    <Dialog title={t.refSendTitle(name)} onClose={props.onClose} wide>
      <form
        ref={form}
        class="stack send-referral"
        noValidate
        data-send-dialog={institution.id}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        {target.kind === 'proposal' ? (
          <ServicesChoice
            choices={target.proposal.servicesCovered}
            draft={draft}
            error={servicesError}
            onChange={setDraft}
          />
        ) : (
          <p>
            <span class="label">{t.refServicesAsked}: </span>
            {formatList(
              draft.services.map((service) => serviceLabel(service, locale)),
              locale,
            )}
          </p>
        )}
        <fieldset
          class={`fieldset consent-choice${consentError ? ' field--invalid' : ''}`}
          data-consent={consentOnRecord ? 'given' : 'missing'}
        >
          <legend>{t.refConsentLegend}</legend>
          {consentOnRecord ? (
            <p class="consent-given" data-consent-state="given">
              <span aria-hidden="true">✓ </span>
              {t.refConsentOnRecord(name)}
            </p>
          ) : (
            <>
              <Checkbox
                name="consentNow"
                label={t.refConsentNow(name)}
                checked={draft.consentNow}
                onChange={(on) => {
                  setDraft(chooseConsent(draft, 'now', on));
                }}
              />
              {draft.consentNow && (
                <SelectField
                  label={t.consentChannel}
                  name="channel"
                  value={draft.channel}
                  onChange={(value) => {
                    setDraft({ ...draft, channel: value as ContactChannel });
                  }}
                >
                  {contactChannels.codes.map((code) => (
                    <option key={code} value={code}>
                      {channelLabel(code, locale)}
                    </option>
                  ))}
                </SelectField>
              )}
              {emergency && (
                <Checkbox
                  name="emergencyOverride"
                  label={t.refOverride}
                  checked={draft.override}
                  onChange={(on) => {
                    setDraft(chooseConsent(draft, 'override', on));
                  }}
                />
              )}
              {emergency && draft.override && (
                <>
                  <p class="alert alert--warning" role="note" data-override-warning>
                    {t.refOverrideWarning}
                  </p>
                  <TextArea
                    label={t.refOverrideReason}
                    name="overrideReason"
                    value={draft.overrideReason}
                    required
                    rows={3}
                    maxLength={1000}
                    error={problem?.fields['emergencyOverride.reason']}
                    onInput={(value) => {
                      setDraft({ ...draft, overrideReason: value });
                    }}
                  />
                </>
              )}
            </>
          )}
          {consentError && <p class="field__error">{consentError}</p>}
        </fieldset>
        <FormAlert problem={problem} shownFields={SHOWN_FIELDS} />
        <div class="actions">
          <button type="button" class="button button--secondary" onClick={props.onClose}>
            {t.cancel}
          </button>
          <button
            type="submit"
            class={`button${draft.override ? ' button--danger' : ''}`}
            disabled={busy}
            aria-busy={busy}
            data-action="send-referral"
          >
            {busy ? t.working : t.refSendSubmit}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function ServicesChoice({
  choices,
  draft,
  error,
  onChange,
}: {
  readonly choices: ProposalView['servicesCovered'];
  readonly draft: SendDraft;
  readonly error: string | undefined;
  readonly onChange: (draft: SendDraft) => void;
}) {
  const { locale, t } = useConsole();
  return (
    <fieldset class={`fieldset${error ? ' field--invalid' : ''}`} data-services>
      <legend>{t.refServicesAsked}</legend>
      <div class="check-grid">
        {choices.map((code) => (
          <Checkbox
            key={code}
            name="service"
            value={code}
            label={serviceLabel(code, locale)}
            checked={draft.services.includes(code)}
            onChange={(on) => {
              onChange(toggleService(draft, code, on));
            }}
          />
        ))}
      </div>
      {error && <p class="field__error">{error}</p>}
    </fieldset>
  );
}
