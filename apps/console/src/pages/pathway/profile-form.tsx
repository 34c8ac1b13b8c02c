import { useState } from 'preact/hooks';
import { isStaleVersion } from '../../api/conflicts.ts';
import type { ProfileView } from '../../api/pathway-types.ts';
import { Checkbox } from '../../components/ui/checkbox.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { SelectField } from '../../components/ui/select-field.tsx';
import { TextArea } from '../../components/ui/text-area.tsx';
import { useConsole } from '../../context.ts';
import { localProblem, problemOf, type FormProblem } from '../../forms.ts';
import { ENDONYMS, HTML_LANG, LOCALES } from '../../i18n/locale.ts';
import { ProvinceOptions } from '../shared/territory-options.tsx';
import { saveProfile } from './pathway-api.ts';
import {
  ageBandLabel,
  ageBands,
  availabilityChoices,
  availabilityLabel,
  mobilityChoices,
  mobilityLabel,
  opportunityKindLabel,
  opportunityKinds,
  schoolingLabel,
  schoolingLevels,
} from './pathway-vocabulary.ts';
import { draftOf, profileInputOf, toggleCode, type ProfileDraft } from './profile-draft.ts';

interface Props {
  readonly caseId: string;
  readonly view: ProfileView;
  readonly onSaved: (view: ProfileView) => void;
  /** Someone saved her profile meanwhile: read it again. */
  readonly onStale: () => void;
  readonly onClose: () => void;
}

const SHOWN_FIELDS = [
  'seeking',
  'provinceCode',
  'ageBand',
  'schooling',
  'literate',
  'mobility',
  'availability',
  'skills',
];

/**
 * Her profile of needs, to complete or correct on a call: what she seeks, where she lives, her
 * age, schooling and literacy, her constraints (childcare, how far she can go, when she is
 * free), her languages and what she knows how to do. Unknown stays unknown ("not asked").
 */
export function ProfileForm({ caseId, view, onSaved, onStale, onClose }: Props) {
  const { api, locale, t } = useConsole();
  const [draft, setDraft] = useState<ProfileDraft>(() => draftOf(view));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem>();
  const change = (patch: Partial<ProfileDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
  };
  const error = (field: string) => problem?.fields[field];

  const submit = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      onSaved(await saveProfile(api, caseId, profileInputOf(draft, view.version)));
    } catch (caught) {
      if (isStaleVersion(caught)) {
        setProblem(localProblem(t.pwProfileStale));
        onStale();
      } else {
        setProblem(problemOf(caught, t));
      }
      setBusy(false);
    }
  };

  return (
    <Dialog title={t.pwProfileTitle} onClose={onClose} wide>
      <form
        class="stack"
        noValidate
        data-profile-form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <fieldset class={`fieldset${error('seeking') ? ' field--invalid' : ''}`}>
          <legend>{t.pwSeeking}</legend>
          <div class="check-grid">
            {opportunityKinds.codes.map((kind) => (
              <Checkbox
                key={kind}
                name="seeking"
                value={kind}
                label={opportunityKindLabel(kind, locale)}
                checked={draft.seeking.includes(kind)}
                onChange={(on) => {
                  change({ seeking: toggleCode(draft.seeking, kind, on, opportunityKinds.codes) });
                }}
              />
            ))}
          </div>
          {error('seeking') && <p class="field__error">{error('seeking')}</p>}
        </fieldset>
        <div class="form-grid">
          <SelectField
            label={t.pwProvince}
            name="provinceCode"
            value={draft.provinceCode}
            error={error('provinceCode')}
            onChange={(value) => {
              change({ provinceCode: value });
            }}
          >
            <option value="">{t.pwNotAsked}</option>
            <ProvinceOptions locale={locale} />
          </SelectField>
          <SelectField
            label={t.pwAge}
            name="ageBand"
            value={draft.ageBand}
            error={error('ageBand')}
            onChange={(value) => {
              change({ ageBand: value as ProfileDraft['ageBand'] });
            }}
          >
            <option value="">{t.pwNotAsked}</option>
            {ageBands.codes.map((code) => (
              <option key={code} value={code}>
                {ageBandLabel(code, locale)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t.pwSchooling}
            name="schooling"
            value={draft.schooling}
            error={error('schooling')}
            onChange={(value) => {
              change({ schooling: value as ProfileDraft['schooling'] });
            }}
          >
            <option value="">{t.pwNotAsked}</option>
            {schoolingLevels.codes.map((code) => (
              <option key={code} value={code}>
                {schoolingLabel(code, locale)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t.pwLiterate}
            name="literate"
            value={draft.literate}
            error={error('literate')}
            onChange={(value) => {
              change({ literate: value === 'yes' || value === 'no' ? value : '' });
            }}
          >
            <option value="">{t.pwNotAsked}</option>
            <option value="yes">{t.yes}</option>
            <option value="no">{t.no}</option>
          </SelectField>
          <SelectField
            label={t.pwMobility}
            name="mobility"
            value={draft.mobility}
            error={error('mobility')}
            onChange={(value) => {
              change({ mobility: value as ProfileDraft['mobility'] });
            }}
          >
            {mobilityChoices.codes.map((code) => (
              <option key={code} value={code}>
                {mobilityLabel(code, locale)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t.pwAvailability}
            name="availability"
            value={draft.availability}
            error={error('availability')}
            onChange={(value) => {
              change({ availability: value as ProfileDraft['availability'] });
            }}
          >
            <option value="">{t.pwNotAsked}</option>
            {availabilityChoices.codes.map((code) => (
              <option key={code} value={code}>
                {availabilityLabel(code, locale)}
              </option>
            ))}
          </SelectField>
        </div>
        <Checkbox
          name="needsChildcare"
          label={t.pwChildcare}
          checked={draft.needsChildcare}
          onChange={(needsChildcare) => {
            change({ needsChildcare });
          }}
        />
        <fieldset class="fieldset">
          <legend>{t.pwLanguages}</legend>
          <div class="choice-row">
            {LOCALES.map((language) => (
              <Checkbox
                key={language}
                name="languages"
                value={language}
                lang={HTML_LANG[language]}
                label={ENDONYMS[language]}
                checked={draft.languages.includes(language)}
                onChange={(on) => {
                  change({ languages: toggleCode(draft.languages, language, on, LOCALES) });
                }}
              />
            ))}
          </div>
        </fieldset>
        <TextArea
          label={t.pwSkills}
          hint={t.pwSkillsHint}
          name="skills"
          value={draft.skills}
          rows={3}
          maxLength={1000}
          error={error('skills')}
          onInput={(skills) => {
            change({ skills });
          }}
        />
        <FormAlert problem={problem} shownFields={SHOWN_FIELDS} />
        <div class="actions">
          <button type="button" class="button button--secondary" onClick={onClose}>
            {t.cancel}
          </button>
          <button
            type="submit"
            class="button"
            disabled={busy}
            aria-busy={busy}
            data-action="save-profile"
          >
            {busy ? t.working : t.pwSaveProfile}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
