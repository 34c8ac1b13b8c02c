import { LOCALES } from '@sanad/core';
import { ENDONYMS } from '@sanad/web';
import { Checkbox } from '../../components/ui/checkbox.tsx';
import { SelectField } from '../../components/ui/select-field.tsx';
import { TextArea } from '../../components/ui/text-area.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { useConsole } from '../../context.ts';
import { HTML_LANG } from '../../i18n/locale.ts';
import { labelOf } from '../../vocabulary.ts';
import { schoolingLevels } from './labels.ts';
import type { OpportunityDraft } from './opportunity-draft.ts';

interface Props {
  readonly draft: OpportunityDraft;
  readonly onChange: (change: Partial<OpportunityDraft>) => void;
  readonly errors: Readonly<Record<string, string>>;
}

/** Who may apply (ages, schooling, reading), what comes with it, and its languages. */
export function EligibilityFields({ draft, onChange, errors }: Props) {
  const { locale, t } = useConsole();
  const languages = new Set(draft.languages);
  return (
    <>
      <fieldset class="fieldset">
        <legend>{t.oppEligibilityLegend}</legend>
        <div class="form-grid">
          <TextField
            label={t.oppMinAge}
            name="minAge"
            type="number"
            inputMode="numeric"
            min={14}
            max={99}
            dir="ltr"
            value={draft.minAge}
            onInput={(minAge) => {
              onChange({ minAge });
            }}
            error={errors['eligibility.minAge']}
          />
          <TextField
            label={t.oppMaxAge}
            name="maxAge"
            type="number"
            inputMode="numeric"
            min={14}
            max={99}
            dir="ltr"
            value={draft.maxAge}
            onInput={(maxAge) => {
              onChange({ maxAge });
            }}
            error={errors['eligibility.maxAge']}
          />
          <SelectField
            label={t.oppSchooling}
            name="schoolingLevel"
            value={draft.schoolingLevel}
            onChange={(level) => {
              onChange({ schoolingLevel: level as OpportunityDraft['schoolingLevel'] });
            }}
            error={errors['eligibility.schoolingLevel']}
          >
            <option value="">{t.oppSchoolingAny}</option>
            {schoolingLevels.codes
              .filter((level) => level !== 'none')
              .map((level) => (
                <option key={level} value={level}>
                  {labelOf(schoolingLevels, level, locale)}
                </option>
              ))}
          </SelectField>
        </div>
        <Checkbox
          name="literacyRequired"
          label={t.oppLiteracy}
          checked={draft.literacyRequired}
          onChange={(literacyRequired) => {
            onChange({ literacyRequired });
          }}
        />
        <TextArea
          label={t.oppPrerequisites}
          name="prerequisites"
          rows={2}
          maxLength={1000}
          value={draft.prerequisites}
          onInput={(prerequisites) => {
            onChange({ prerequisites });
          }}
          error={errors['eligibility.prerequisites']}
        />
      </fieldset>
      <fieldset class="fieldset">
        <legend>{t.oppConditionsLegend}</legend>
        <div class="check-grid">
          <Checkbox
            name="childcare"
            label={t.chipChildcare}
            checked={draft.childcare}
            onChange={(childcare) => {
              onChange({ childcare });
            }}
          />
          <Checkbox
            name="transport"
            label={t.chipTransport}
            checked={draft.transport}
            onChange={(transport) => {
              onChange({ transport });
            }}
          />
          <Checkbox
            name="stipend"
            label={t.chipStipend}
            checked={draft.stipend}
            onChange={(stipend) => {
              onChange({ stipend });
            }}
          />
        </div>
      </fieldset>
      <fieldset class={`fieldset${errors['languages'] ? ' field--invalid' : ''}`}>
        <legend>{t.oppLanguagesLegend}</legend>
        {errors['languages'] && <p class="field__error">{errors['languages']}</p>}
        <div class="check-grid">
          {LOCALES.map((code) => (
            <Checkbox
              key={code}
              name="languages"
              value={code}
              lang={HTML_LANG[code]}
              label={ENDONYMS[code]}
              checked={languages.has(code)}
              onChange={(on) => {
                onChange({
                  languages: LOCALES.filter((l) => (l === code ? on : languages.has(l))),
                });
              }}
            />
          ))}
        </div>
      </fieldset>
    </>
  );
}
