import type {
  AreaType,
  GbvimsType,
  PerpetratorRelation,
  ViolenceContext,
  ViolenceForm,
} from '@sanad/core';
import { useState } from 'preact/hooks';
import { recordIncident } from '../../api/cases.ts';
import { Checkbox } from '../../components/ui/checkbox.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { SelectField } from '../../components/ui/select-field.tsx';
import { TextArea } from '../../components/ui/text-area.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { useConsole } from '../../context.ts';
import { localProblem } from '../../forms.ts';
import {
  areaTypeLabel,
  areaTypes,
  contextLabel,
  gbvimsTypeLabel,
  gbvimsTypes,
  perpetratorRelations,
  relationLabel,
  violenceContexts,
  violenceFormLabel,
  violenceForms,
} from '../../helpline-vocabulary.ts';
import { ProvinceOptions } from '../shared/territory-options.tsx';
import { useCaseFileContext } from './case-context.ts';
import { useCaseForm } from './use-case-form.ts';

interface Draft {
  readonly forms: readonly ViolenceForm[];
  readonly gbvimsType: GbvimsType | '';
  readonly contexts: readonly ViolenceContext[];
  readonly relation: PerpetratorRelation | '';
  readonly occurredOn: string;
  readonly provinceCode: string;
  readonly areaType: AreaType | '';
  readonly narrative: string;
}

const toggle = <T,>(list: readonly T[], item: T, on: boolean): T[] =>
  on ? [...list, item] : list.filter((other) => other !== item);

/** Records an incident, classified the way the law and the statistics need. */
export function IncidentForm() {
  const { api, locale, t } = useConsole();
  const { view } = useCaseFileContext();
  const blank = (): Draft => ({
    forms: [],
    gbvimsType: '',
    contexts: [],
    relation: '',
    occurredOn: '',
    provinceCode: view.provinceCode ?? '',
    areaType: view.areaType ?? '',
    narrative: '',
  });
  const [draft, setDraft] = useState<Draft>(blank);
  const { busy, problem, setProblem, submit } = useCaseForm();
  const set = (change: Partial<Draft>) => {
    setDraft({ ...draft, ...change });
  };

  return (
    <form
      class="stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (draft.forms.length === 0) {
          setProblem(localProblem(t.checkFields, { forms: t.chooseAtLeastOne }));
          return;
        }
        const d = draft;
        void submit(
          (version) =>
            recordIncident(api, view.id, version, {
              forms: d.forms,
              contexts: d.contexts,
              ...(d.gbvimsType === '' ? {} : { gbvimsType: d.gbvimsType }),
              ...(d.relation === '' ? {} : { perpetratorRelation: d.relation }),
              ...(d.occurredOn === '' ? {} : { occurredOn: d.occurredOn }),
              ...(d.provinceCode === '' ? {} : { provinceCode: d.provinceCode }),
              ...(d.areaType === '' ? {} : { areaType: d.areaType }),
              ...(d.narrative.trim() === '' ? {} : { narrative: d.narrative.trim() }),
            }),
          t.incidentSaved,
          () => {
            setDraft(blank());
          },
        );
      }}
    >
      <fieldset class={`fieldset${problem?.fields['forms'] ? ' field--invalid' : ''}`}>
        <legend>{t.violenceForms}</legend>
        <div class="check-grid">
          {violenceForms.codes.map((form) => (
            <Checkbox
              key={form}
              name="forms"
              value={form}
              label={violenceFormLabel(form, locale)}
              checked={draft.forms.includes(form)}
              onChange={(on) => {
                set({ forms: toggle(draft.forms, form, on) });
              }}
            />
          ))}
        </div>
        {problem?.fields['forms'] && <p class="field__error">{problem.fields['forms']}</p>}
      </fieldset>
      <div class="form-grid">
        <SelectField
          label={t.gbvimsType}
          name="gbvimsType"
          hint={t.gbvimsHint}
          value={draft.gbvimsType}
          error={problem?.fields['gbvimsType']}
          onChange={(value) => {
            set({ gbvimsType: value as GbvimsType | '' });
          }}
        >
          <option value="">{t.gbvimsProposed}</option>
          {gbvimsTypes.codes.map((type) => (
            <option key={type} value={type}>
              {gbvimsTypeLabel(type, locale)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t.relation}
          name="perpetratorRelation"
          value={draft.relation}
          error={problem?.fields['perpetratorRelation']}
          onChange={(value) => {
            set({ relation: value as PerpetratorRelation | '' });
          }}
        >
          <option value="">{t.notSaid}</option>
          {perpetratorRelations.codes.map((relation) => (
            <option key={relation} value={relation}>
              {relationLabel(relation, locale)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t.occurredOn}
          name="occurredOn"
          type="date"
          dir="ltr"
          value={draft.occurredOn}
          error={problem?.fields['occurredOn']}
          onInput={(occurredOn) => {
            set({ occurredOn });
          }}
        />
        <SelectField
          label={t.colProvince}
          name="provinceCode"
          value={draft.provinceCode}
          error={problem?.fields['provinceCode']}
          onChange={(provinceCode) => {
            set({ provinceCode });
          }}
        >
          <option value="">{t.placeUnknown}</option>
          <ProvinceOptions locale={locale} />
        </SelectField>
        <SelectField
          label={t.areaType}
          name="areaType"
          value={draft.areaType}
          onChange={(value) => {
            set({ areaType: value as AreaType | '' });
          }}
        >
          <option value="">{t.notSaid}</option>
          {areaTypes.codes.map((area) => (
            <option key={area} value={area}>
              {areaTypeLabel(area, locale)}
            </option>
          ))}
        </SelectField>
      </div>
      <fieldset class="fieldset">
        <legend>{t.contexts}</legend>
        <div class="check-grid">
          {violenceContexts.codes.map((context) => (
            <Checkbox
              key={context}
              name="contexts"
              value={context}
              label={contextLabel(context, locale)}
              checked={draft.contexts.includes(context)}
              onChange={(on) => {
                set({ contexts: toggle(draft.contexts, context, on) });
              }}
            />
          ))}
        </div>
      </fieldset>
      <TextArea
        label={t.narrative}
        name="narrative"
        hint={t.narrativeHint}
        value={draft.narrative}
        maxLength={4000}
        error={problem?.fields['narrative']}
        onInput={(narrative) => {
          set({ narrative });
        }}
      />
      <FormAlert
        problem={problem}
        shownFields={[
          'forms',
          'gbvimsType',
          'perpetratorRelation',
          'occurredOn',
          'provinceCode',
          'narrative',
        ]}
      />
      <button type="submit" class="button" disabled={busy} aria-busy={busy}>
        {t.saveIncident}
      </button>
    </form>
  );
}
