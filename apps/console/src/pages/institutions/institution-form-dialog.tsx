import type { InstitutionType } from '@sanad/core';
import { useState } from 'preact/hooks';
import { createInstitution, updateInstitution, type InstitutionRecord } from '../../api/admin.ts';
import { Dialog } from '../../components/ui/dialog.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { SelectField } from '../../components/ui/select-field.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { useConsole } from '../../context.ts';
import { localProblem, problemOf, type FormProblem } from '../../forms.ts';
import { isolate } from '../../i18n/bidi.ts';
import { institutionTypeLabel, institutionTypes } from '../../vocabulary.ts';
import { ProvinceOptions, RegionOptions } from '../shared/territory-options.tsx';
import { AreaTypesPicker } from './area-types-picker.tsx';
import { CoveragePicker } from './coverage-picker.tsx';
import { FocalPointsField } from './focal-points-field.tsx';
import {
  checkInstitutionDraft,
  formFieldsOf,
  institutionDraftOf,
  type InstitutionDraft,
} from './institution-draft.ts';
import { changesNothing, currentVersionOf, updateOf } from './institution-update.ts';
import { OpeningHoursField } from './opening-hours-field.tsx';
import { WEEK } from './schedule-draft.ts';
import { ServicesPicker } from './services-picker.tsx';

/** Field names the form shows next to a field; anything else the server names goes in the alert. */
const SHOWN_FIELDS = [
  'code',
  'name',
  'type',
  'agency',
  'regionCode',
  'provinceCode',
  'coverage',
  'areaTypes',
  'services',
  'openingHours',
  ...WEEK.map((day) => `openingHours.${day}`),
  'capacityTotal',
  'contact.phone',
  'contact.email',
  'contact.address',
  ...Array.from({ length: 10 }, (_, i) =>
    ['name', 'role', 'phone', 'email'].map((f) => `focalPoints.${String(i)}.${f}`),
  ).flat(),
];

interface Props {
  /** The institution to edit; none to create one. */
  readonly institution?: InstitutionRecord;
  readonly onSaved: (institution: InstitutionRecord, created: boolean) => void;
  readonly onClose: () => void;
}

/**
 * Create or edit an institution: identity and code, place, coverage and areas, services, hours,
 * places, contact and focal points. An edit sends only what was changed, with the version it
 * was opened at; if someone saved the institution meanwhile, the form says so, keeps what was
 * typed, and a second save writes only those changed fields over theirs.
 */
export function InstitutionFormDialog({ institution, onSaved, onClose }: Props) {
  const { api, locale, t } = useConsole();
  const [draft, setDraft] = useState<InstitutionDraft>(() => institutionDraftOf(institution));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem>();
  /** The version someone else saved meanwhile: saving again goes over it, knowingly. */
  const [conflictVersion, setConflictVersion] = useState<number>();
  const set = (change: Partial<InstitutionDraft>) => {
    setDraft((current) => ({ ...current, ...change }));
  };
  const errors = problem?.fields ?? {};

  const submit = async () => {
    const checked = checkInstitutionDraft(draft, t);
    if (!checked.ok) {
      setProblem(localProblem(t.checkFields, checked.fields));
      return;
    }
    const update = institution
      ? updateOf(checked.input, institution, conflictVersion ?? institution.version)
      : undefined;
    if (institution && update && changesNothing(update)) {
      onSaved(institution, false);
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      const saved =
        institution && update
          ? await updateInstitution(api, institution.id, update)
          : await createInstitution(api, checked.input);
      onSaved(saved, !institution);
    } catch (error) {
      const current = currentVersionOf(error);
      if (current !== undefined) {
        setConflictVersion(current);
        setProblem(localProblem(t.institutionStale));
      } else {
        // The server numbers focal points as sent (empty ones are not): name them as shown.
        const refused = problemOf(error, t);
        setProblem({
          ...refused,
          fields: formFieldsOf(refused.fields, checked.focalPointPositions),
        });
      }
      setBusy(false);
    }
  };

  return (
    <Dialog
      wide
      title={
        institution ? t.editInstitutionTitle(isolate(institution.name)) : t.createInstitutionTitle
      }
      onClose={onClose}
    >
      <form
        class="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) void submit();
        }}
      >
        <FormAlert problem={problem} shownFields={SHOWN_FIELDS} />
        <div class="form-grid">
          <TextField
            label={t.instName}
            name="name"
            required
            autoFocus
            value={draft.name}
            onInput={(name) => {
              set({ name });
            }}
            error={errors['name']}
          />
          <SelectField
            label={t.instType}
            name="type"
            required
            value={draft.type}
            onChange={(type) => {
              set({ type: type as InstitutionType | '' });
            }}
            error={errors['type']}
          >
            <option value="">{t.chooseOption}</option>
            {institutionTypes.codes.map((type) => (
              <option key={type} value={type}>
                {institutionTypeLabel(type, locale)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t.agency}
            hint={t.agencyHint}
            name="agency"
            required
            value={draft.agency}
            onInput={(agency) => {
              set({ agency });
            }}
            error={errors['agency']}
          />
          <SelectField
            label={t.region}
            name="regionCode"
            required
            value={draft.regionCode}
            onChange={(regionCode) => {
              // A seat province belongs to the region: a new region clears it.
              set({ regionCode, provinceCode: '' });
            }}
            error={errors['regionCode']}
          >
            <option value="">{t.chooseOption}</option>
            <RegionOptions locale={locale} />
          </SelectField>
          <SelectField
            label={t.seatProvince}
            name="provinceCode"
            value={draft.provinceCode}
            onChange={(provinceCode) => {
              set({ provinceCode });
            }}
            error={errors['provinceCode']}
          >
            <option value="">{t.noSeat}</option>
            {draft.regionCode && <ProvinceOptions locale={locale} regionCode={draft.regionCode} />}
          </SelectField>
          <TextField
            label={t.capacityTotal}
            hint={t.capacityHint}
            name="capacityTotal"
            type="number"
            inputMode="numeric"
            min={0}
            dir="ltr"
            value={draft.capacityTotal}
            onInput={(capacityTotal) => {
              set({ capacityTotal });
            }}
            error={errors['capacityTotal']}
          />
          <TextField
            label={t.instCode}
            hint={t.instCodeHint}
            name="code"
            dir="ltr"
            autoComplete="off"
            maxLength={64}
            value={draft.code}
            onInput={(code) => {
              set({ code });
            }}
            error={errors['code']}
          />
        </div>
        <OpeningHoursField
          open247={draft.open247}
          schedule={draft.schedule}
          onChange={set}
          errors={errors}
        />
        <ServicesPicker
          value={draft.services}
          onChange={(services) => {
            set({ services });
          }}
          error={errors['services']}
        />
        <CoveragePicker
          value={draft.coverage}
          homeRegion={draft.regionCode}
          onChange={(coverage) => {
            set({ coverage });
          }}
          error={errors['coverage']}
        />
        <AreaTypesPicker
          value={draft.areaTypes}
          onChange={(areaTypes) => {
            set({ areaTypes });
          }}
          error={errors['areaTypes']}
        />
        <fieldset class="fieldset">
          <legend>{t.contact}</legend>
          <div class="form-grid">
            <TextField
              label={t.phone}
              name="phone"
              type="tel"
              autoComplete="off"
              dir="ltr"
              value={draft.phone}
              onInput={(phone) => {
                set({ phone });
              }}
              error={errors['contact.phone']}
            />
            <TextField
              label={t.email}
              name="contactEmail"
              type="email"
              autoComplete="off"
              value={draft.email}
              onInput={(email) => {
                set({ email });
              }}
              error={errors['contact.email']}
            />
            <TextField
              label={t.address}
              name="address"
              autoComplete="off"
              value={draft.address}
              onInput={(address) => {
                set({ address });
              }}
              error={errors['contact.address']}
            />
          </div>
        </fieldset>
        <FocalPointsField
          value={draft.focalPoints}
          onChange={(focalPoints) => {
            set({ focalPoints });
          }}
          errors={errors}
        />
        <div class="actions">
          <button type="button" class="button button--secondary" onClick={onClose}>
            {t.cancel}
          </button>
          <button type="submit" class="button" disabled={busy} aria-busy={busy}>
            {busy
              ? t.working
              : !institution
                ? t.createInstitutionSubmit
                : conflictVersion !== undefined
                  ? t.institutionSaveAnyway
                  : t.save}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
