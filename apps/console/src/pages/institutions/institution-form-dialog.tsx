import type { InstitutionType, ServiceType } from '@sanad/core';
import { useState } from 'preact/hooks';
import { createInstitution, updateInstitution } from '../../api/admin.ts';
import type { InstitutionInput, InstitutionView } from '../../api/types.ts';
import { Checkbox } from '../../components/ui/checkbox.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { SelectField } from '../../components/ui/select-field.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { useConsole } from '../../context.ts';
import { localProblem, problemOf, type FormProblem } from '../../forms.ts';
import { isolate } from '../../i18n/bidi.ts';
import { institutionTypeLabel, institutionTypes } from '../../vocabulary.ts';
import { ProvinceOptions, RegionOptions } from '../shared/territory-options.tsx';
import { CoveragePicker } from './coverage-picker.tsx';
import { ServicesPicker } from './services-picker.tsx';

const SHOWN_FIELDS = [
  'name',
  'type',
  'agency',
  'regionCode',
  'provinceCode',
  'coverage',
  'services',
  'open247',
  'capacityTotal',
  'contact.phone',
  'contact.email',
  'contact.address',
];

interface Draft {
  readonly name: string;
  readonly type: InstitutionType | '';
  readonly agency: string;
  readonly regionCode: string;
  readonly provinceCode: string;
  readonly coverage: readonly string[];
  readonly services: readonly ServiceType[];
  readonly open247: boolean;
  readonly capacityTotal: string;
  readonly phone: string;
  readonly email: string;
  readonly address: string;
}

function draftOf(institution: InstitutionView | undefined): Draft {
  return {
    name: institution?.name ?? '',
    type: institution?.type ?? '',
    agency: institution?.agency ?? '',
    regionCode: institution?.regionCode ?? '',
    provinceCode: institution?.provinceCode ?? '',
    coverage: institution?.coverage ?? [],
    services: institution?.services ?? [],
    open247: institution?.open247 ?? false,
    capacityTotal:
      institution?.capacityTotal === undefined ? '' : String(institution.capacityTotal),
    phone: institution?.contact.phone ?? '',
    email: institution?.contact.email ?? '',
    address: institution?.contact.address ?? '',
  };
}

/** What the API receives: trimmed texts, no empty optional fields, a number for capacity. */
function inputOf(draft: Draft, type: InstitutionType): InstitutionInput {
  const phone = draft.phone.trim();
  const email = draft.email.trim();
  const address = draft.address.trim();
  const capacity = draft.capacityTotal.trim();
  return {
    name: draft.name.trim(),
    type,
    agency: draft.agency.trim(),
    regionCode: draft.regionCode,
    ...(draft.provinceCode ? { provinceCode: draft.provinceCode } : {}),
    coverage: [...draft.coverage],
    services: [...draft.services],
    open247: draft.open247,
    ...(capacity === '' ? {} : { capacityTotal: Number(capacity) }),
    contact: {
      ...(phone ? { phone } : {}),
      ...(email ? { email } : {}),
      ...(address ? { address } : {}),
    },
  };
}

interface Props {
  /** The institution to edit; none to create one. */
  readonly institution?: InstitutionView;
  readonly onSaved: (institution: InstitutionView, created: boolean) => void;
  readonly onClose: () => void;
}

/** Create or edit an institution: identity, place, coverage, services, hours, places, contact. */
export function InstitutionFormDialog({ institution, onSaved, onClose }: Props) {
  const { api, locale, t } = useConsole();
  const [draft, setDraft] = useState<Draft>(() => draftOf(institution));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem>();
  const set = (change: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...change }));
  };
  const errors = problem?.fields ?? {};

  const submit = async () => {
    if (draft.type === '') {
      setProblem(localProblem(t.checkFields, { type: t.fieldRequired }));
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      const input = inputOf(draft, draft.type);
      const saved = institution
        ? await updateInstitution(api, institution.id, {
            ...input,
            // Emptied on an institution that had them: cleared, not left as they were.
            ...(input.provinceCode === undefined && institution.provinceCode !== undefined
              ? { provinceCode: null }
              : {}),
            ...(input.capacityTotal === undefined && institution.capacityTotal !== undefined
              ? { capacityTotal: null }
              : {}),
          })
        : await createInstitution(api, input);
      onSaved(saved, !institution);
    } catch (error) {
      setProblem(problemOf(error, t));
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
        </div>
        <Checkbox
          name="open247"
          label={t.open247}
          checked={draft.open247}
          onChange={(open247) => {
            set({ open247 });
          }}
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
        <div class="actions">
          <button type="button" class="button button--secondary" onClick={onClose}>
            {t.cancel}
          </button>
          <button type="submit" class="button" disabled={busy} aria-busy={busy}>
            {busy ? t.working : institution ? t.save : t.createInstitutionSubmit}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
