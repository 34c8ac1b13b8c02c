import type { AreaType, ContactChannel, ServiceType, UrgencyLevel } from '@sanad/core';
import { useState } from 'preact/hooks';
import { createRequest } from '../../api/referrals.ts';
import type { Me } from '../../api/types.ts';
import { Checkbox } from '../../components/ui/checkbox.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { SelectField } from '../../components/ui/select-field.tsx';
import { TextArea } from '../../components/ui/text-area.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { useConsole } from '../../context.ts';
import { localProblem, problemOf, type FormProblem } from '../../forms.ts';
import {
  areaTypeLabel,
  areaTypes,
  channelLabel,
  contactChannels,
  urgencyLabel,
  urgencyLevels,
} from '../../helpline-vocabulary.ts';
import { routeHref, requestHref } from '../../routing.ts';
import { ProvinceOptions } from '../shared/territory-options.tsx';
import { NeedsPicker } from '../referrals/needs-picker.tsx';
import {
  emptyRequestDraft,
  FIRST_NAME_MAX,
  requestInputOf,
  SUMMARY_MAX,
  type RequestDraft,
} from './request-draft.ts';

const SHOWN_FIELDS = [
  'urgency',
  'provinceCode',
  'areaType',
  'services',
  'firstName',
  'phone',
  'summary',
  'consentChannel',
  'careConsent',
];

/**
 * A competent body registers a woman it is already seeing and asks for services elsewhere:
 * how urgent, where, what she needs, how to reach her, and her consent to be helped through
 * Sanad. Then it goes straight to the proposals for her case, to choose the institutions (her
 * consent to share with each is asked as it is referred).
 */
export function RequestFormPage({ me }: { readonly me: Me }) {
  const { api, locale, t } = useConsole();
  const [draft, setDraft] = useState<RequestDraft>(() => emptyRequestDraft(me.user.scope.province));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem>();
  const set = (change: Partial<RequestDraft>) => {
    setDraft({ ...draft, ...change });
  };

  const submit = async () => {
    const check = requestInputOf(draft);
    if (!check.ok) {
      const fields: Record<string, string> = {};
      for (const [field, issue] of Object.entries(check.problems)) {
        fields[field] =
          field === 'services'
            ? t.refChooseService
            : field === 'careConsent'
              ? t.reqCareConsentNeeded
              : issue === 'too_long'
                ? t.reqTooLong
                : t.fieldRequired;
      }
      setProblem(localProblem(t.checkFields, fields));
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      const created = await createRequest(api, check.input);
      window.location.hash = `${requestHref(created.caseId)}?created=1`;
    } catch (error) {
      setProblem(problemOf(error, t));
      setBusy(false);
    }
  };

  return (
    <div class="page page--narrow request-form-page">
      <p>
        <a href={routeHref('requests')}>{t.reqBack}</a>
      </p>
      <PageHeading>{t.reqNewTitle}</PageHeading>
      <form
        class="card stack"
        noValidate
        data-request-form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <p>{t.reqIntro}</p>
        <div class="form-grid">
          <SelectField
            label={t.colUrgency}
            name="urgency"
            value={draft.urgency}
            required
            error={problem?.fields['urgency']}
            onChange={(value) => {
              set({ urgency: value as UrgencyLevel | '' });
            }}
          >
            <option value="">{t.chooseOption}</option>
            {urgencyLevels.codes.map((code) => (
              <option key={code} value={code}>
                {urgencyLabel(code, locale)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t.colProvince}
            name="provinceCode"
            value={draft.provinceCode}
            required
            error={problem?.fields['provinceCode']}
            onChange={(value) => {
              set({ provinceCode: value });
            }}
          >
            <option value="">{t.chooseOption}</option>
            <ProvinceOptions locale={locale} />
          </SelectField>
          <SelectField
            label={t.areaType}
            name="areaType"
            value={draft.areaType}
            error={problem?.fields['areaType']}
            onChange={(value) => {
              set({ areaType: value as AreaType | '' });
            }}
          >
            <option value="">{t.notSaid}</option>
            {areaTypes.codes.map((code) => (
              <option key={code} value={code}>
                {areaTypeLabel(code, locale)}
              </option>
            ))}
          </SelectField>
        </div>
        <NeedsPicker
          services={draft.services}
          error={problem?.fields['services']}
          onChange={(services: readonly ServiceType[]) => {
            set({ services });
          }}
        />
        <div class="form-grid">
          <TextField
            label={t.reqFirstName}
            name="firstName"
            value={draft.firstName}
            maxLength={FIRST_NAME_MAX}
            autoComplete="off"
            error={problem?.fields['firstName']}
            onInput={(value) => {
              set({ firstName: value });
            }}
          />
          <TextField
            label={t.reqPhone}
            name="phone"
            type="tel"
            inputMode="tel"
            dir="ltr"
            autoComplete="off"
            value={draft.phone}
            error={problem?.fields['phone']}
            onInput={(value) => {
              set({ phone: value });
            }}
          />
        </div>
        <TextArea
          label={t.reqSummary}
          name="summary"
          hint={t.reqSummaryHint}
          value={draft.summary}
          rows={4}
          maxLength={SUMMARY_MAX}
          error={problem?.fields['summary']}
          onInput={(value) => {
            set({ summary: value });
          }}
        />
        <fieldset class={`fieldset${problem?.fields['careConsent'] ? ' field--invalid' : ''}`}>
          <legend>{t.reqConsentLegend}</legend>
          <p class="field__hint">{t.reqConsentHint}</p>
          <Checkbox
            name="careConsent"
            label={t.reqCareConsent}
            checked={draft.careConsent}
            onChange={(careConsent) => {
              set({ careConsent });
            }}
          />
          {problem?.fields['careConsent'] && (
            <p class="field__error">{problem.fields['careConsent']}</p>
          )}
          <SelectField
            label={t.consentChannel}
            name="consentChannel"
            value={draft.consentChannel}
            error={problem?.fields['consentChannel']}
            onChange={(value) => {
              set({ consentChannel: value as ContactChannel });
            }}
          >
            {contactChannels.codes.map((code) => (
              <option key={code} value={code}>
                {channelLabel(code, locale)}
              </option>
            ))}
          </SelectField>
        </fieldset>
        <FormAlert problem={problem} shownFields={SHOWN_FIELDS} />
        <button
          type="submit"
          class="button"
          disabled={busy}
          aria-busy={busy}
          data-action="create-request"
        >
          {busy ? t.working : t.reqSubmit}
        </button>
      </form>
    </div>
  );
}
