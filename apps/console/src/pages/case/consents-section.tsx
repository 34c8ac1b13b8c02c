import { PER_INSTITUTION_PURPOSES, type ConsentPurpose, type ContactChannel } from '@sanad/core';
import { useState } from 'preact/hooks';
import { recordConsent, withdrawConsent } from '../../api/cases.ts';
import { loadDirectory, type DirectoryInstitution } from '../../api/directory.ts';
import type { ConsentView } from '../../api/case-types.ts';
import { DateTime } from '../../components/helpline/date-time.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { SelectField } from '../../components/ui/select-field.tsx';
import { useConsole } from '../../context.ts';
import { useResource } from '../../hooks/use-resource.ts';
import { localProblem } from '../../forms.ts';
import {
  channelLabel,
  consentPurposeLabel,
  consentPurposes,
  contactChannels,
} from '../../helpline-vocabulary.ts';
import { useCaseFileContext } from './case-context.ts';
import { CaseSection } from './section.tsx';
import { useCaseForm } from './use-case-form.ts';

/** Her consents under Law 09-08, one per purpose, with how she gave them; and withdrawal. */
export function ConsentsSection() {
  const { api, locale, t } = useConsole();
  const { view } = useCaseFileContext();
  const withdraw = useCaseForm();
  // The network in her region, to name the institution each sharing consent is about.
  const { resource: directory } = useResource((signal) =>
    loadDirectory(api, view.regionCode, signal),
  );
  const institutions = directory.kind === 'ready' ? directory.data : [];
  const nameOf = (id: string) => institutions.find((i) => i.id === id)?.name ?? id;
  return (
    <CaseSection title={t.consentsTitle} name="consents">
      {view.consents.length === 0 ? (
        <p class="empty">{t.noConsents}</p>
      ) : (
        <ul class="history">
          {view.consents.map((consent) => (
            <li
              key={consent.id}
              data-consent-purpose={consent.purpose}
              class={consent.withdrawnAt ? 'row--muted' : undefined}
            >
              <p>
                <strong>{consentPurposeLabel(consent.purpose, locale)}</strong>
                {consent.institutionId ? (
                  <>
                    {' '}
                    — <bdi data-consent-institution>{nameOf(consent.institutionId)}</bdi>
                  </>
                ) : null}
                : <ConsentState consent={consent} />
              </p>
              <p class="cell-note">
                {channelLabel(consent.channel, locale)} — <DateTime iso={consent.recordedAt} />
                {consent.recordedBy ? (
                  <>
                    {' '}
                    — <bdi>{consent.recordedBy.name}</bdi>
                  </>
                ) : (
                  ` — ${t.fromHerApp}`
                )}
              </p>
              {view.abilities.update && consent.granted && !consent.withdrawnAt && (
                <button
                  type="button"
                  class="button button--small button--danger-quiet"
                  disabled={withdraw.busy}
                  onClick={() => {
                    void withdraw.submit(
                      (version) => withdrawConsent(api, view.id, version, consent.id),
                      t.consentWithdrawn(consentPurposeLabel(consent.purpose, locale)),
                    );
                  }}
                >
                  {t.withdrawConsent}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <FormAlert problem={withdraw.problem} />
      {view.abilities.update && <ConsentForm institutions={institutions} />}
    </CaseSection>
  );
}

function ConsentState({ consent }: { readonly consent: ConsentView }) {
  const { t } = useConsole();
  if (consent.withdrawnAt) {
    return (
      <span class="badge badge--off">
        {t.consentWithdrawnOn} <DateTime iso={consent.withdrawnAt} />
      </span>
    );
  }
  return (
    <span class={`badge ${consent.granted ? 'badge--on' : 'badge--off'}`}>
      {consent.granted ? t.consentGranted : t.consentRefused}
    </span>
  );
}

function ConsentForm({ institutions }: { readonly institutions: readonly DirectoryInstitution[] }) {
  const { api, locale, t } = useConsole();
  const { view } = useCaseFileContext();
  const [purpose, setPurpose] = useState<ConsentPurpose | ''>('');
  const [institutionId, setInstitutionId] = useState('');
  // Sharing is consented institution by institution (Law 09-08): that purpose names one.
  const sharing = purpose !== '' && PER_INSTITUTION_PURPOSES.includes(purpose);
  const [granted, setGranted] = useState<'yes' | 'no'>('yes');
  const [channel, setChannel] = useState<ContactChannel>('phone');
  const { busy, problem, setProblem, submit } = useCaseForm();
  return (
    <form
      class="stack"
      noValidate
      aria-label={t.recordConsent}
      onSubmit={(event) => {
        event.preventDefault();
        if (purpose === '') {
          setProblem(localProblem(t.checkFields, { purpose: t.fieldRequired }));
          return;
        }
        if (sharing && institutionId === '') {
          setProblem(localProblem(t.checkFields, { institutionId: t.fieldRequired }));
          return;
        }
        const chosen = purpose;
        void submit(
          (version) =>
            recordConsent(api, view.id, version, {
              purpose: chosen,
              granted: granted === 'yes',
              channel,
              ...(sharing ? { institutionId } : {}),
            }),
          t.consentRecorded(consentPurposeLabel(chosen, locale)),
          () => {
            setPurpose('');
            setInstitutionId('');
          },
        );
      }}
    >
      <div class="form-grid">
        <SelectField
          label={t.consentPurpose}
          name="purpose"
          value={purpose}
          error={problem?.fields['purpose']}
          onChange={(value) => {
            setPurpose(value as ConsentPurpose | '');
          }}
        >
          <option value="">{t.chooseOption}</option>
          {consentPurposes.codes.map((code) => (
            <option key={code} value={code}>
              {consentPurposeLabel(code, locale)}
            </option>
          ))}
        </SelectField>
        {sharing ? (
          <SelectField
            label={t.consentInstitution}
            name="institutionId"
            value={institutionId}
            error={problem?.fields['institutionId']}
            onChange={setInstitutionId}
          >
            <option value="">{t.chooseOption}</option>
            {institutions.map((institution) => (
              <option key={institution.id} value={institution.id}>
                {institution.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        <SelectField
          label={t.consentAnswer}
          name="granted"
          value={granted}
          onChange={(value) => {
            setGranted(value === 'no' ? 'no' : 'yes');
          }}
        >
          <option value="yes">{t.consentGranted}</option>
          <option value="no">{t.consentRefused}</option>
        </SelectField>
        <SelectField
          label={t.consentChannel}
          name="channel"
          value={channel}
          error={problem?.fields['channel']}
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
      </div>
      <FormAlert problem={problem} shownFields={['purpose', 'institutionId', 'channel']} />
      <button type="submit" class="button" disabled={busy} aria-busy={busy}>
        {t.recordConsent}
      </button>
    </form>
  );
}
