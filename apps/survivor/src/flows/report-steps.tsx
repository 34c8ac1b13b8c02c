import { ChoiceList } from '../components/choice-list.tsx';
import { ConsentList } from '../components/consent-list.tsx';
import { ContactFields } from '../components/contact-fields.tsx';
import { PlacePicker } from '../components/place-picker.tsx';
import { TextField } from '../components/text-field.tsx';
import type { ReportAnswers } from '../forms/bodies.ts';
import type { FlowMessages } from '../i18n/flow-messages/types.ts';
import type { LocaleWords } from '../i18n/locale-words.ts';
import type { Choices } from '../intake/options.ts';

/** The steps of "Report violence", in order. */
export const REPORT_STEPS = [
  'who',
  'what',
  'when',
  'where',
  'safe',
  'risk',
  'contact',
  'consents',
] as const;
export type ReportStep = (typeof REPORT_STEPS)[number];

/** The step holding a field the server named, so a refusal opens where the fix is. */
export function stepOfField(field: string): ReportStep {
  const [head = ''] = field.split('.');
  switch (head) {
    case 'reporter':
      return 'who';
    case 'harms':
    case 'perpetrator':
    case 'narrative':
      return 'what';
    case 'when':
      return 'when';
    case 'provinceCode':
    case 'areaType':
      return 'where';
    case 'safeNow':
      return 'safe';
    case 'risk':
      return 'risk';
    case 'contact':
      return 'contact';
    default:
      return 'consents';
  }
}

interface Props {
  readonly step: ReportStep;
  readonly f: FlowMessages;
  readonly words: LocaleWords;
  readonly options: Choices;
  readonly answers: ReportAnswers;
  readonly update: (change: Partial<ReportAnswers>) => void;
  readonly errors: Readonly<Record<string, string>>;
}

/** One step's questions. Every answer lives in the flow's state, so back and next lose nothing. */
export function ReportStepFields({ step, f, words, options, answers, update, errors }: Props) {
  switch (step) {
    case 'who':
      return (
        <ChoiceList
          name="reporter"
          legend={f.report.steps.who}
          options={options.reporter}
          value={answers.reporter}
          error={errors['reporter']}
          onChange={(reporter) => {
            update({ reporter });
          }}
        />
      );
    case 'what':
      return (
        <>
          <ChoiceList
            name="harms"
            multiple
            legend={f.report.steps.what}
            hint={f.chooseAll}
            options={options.harms}
            value={answers.harms}
            error={errors['harms']}
            onChange={(harms) => {
              update({ harms });
            }}
          />
          <ChoiceList
            name="perpetrator"
            legend={f.report.perpetrator}
            options={options.perpetrator}
            value={answers.perpetrator}
            error={errors['perpetrator']}
            onChange={(perpetrator) => {
              update({ perpetrator });
            }}
          />
          <TextField
            id="narrative"
            multiline
            label={f.report.narrative}
            hint={f.report.narrativeHint}
            value={answers.narrative}
            maxLength={2000}
            error={errors['narrative']}
            onInput={(narrative) => {
              update({ narrative });
            }}
          />
        </>
      );
    case 'when':
      return (
        <ChoiceList
          name="when"
          legend={f.report.steps.when}
          options={options.when}
          value={answers.when}
          error={errors['when']}
          onChange={(when) => {
            update({ when });
          }}
        />
      );
    case 'where':
      return (
        <>
          <fieldset class="group">
            <legend>{f.report.steps.where}</legend>
            <PlacePicker
              id="report-place"
              places={words.places}
              labels={{ region: f.region, province: f.province, choose: f.chooseOne }}
              regionCode={answers.regionCode}
              provinceCode={answers.provinceCode}
              error={errors['provinceCode']}
              onChange={update}
            />
          </fieldset>
          <ChoiceList
            name="area"
            legend={f.report.area}
            options={options.areaType}
            value={answers.areaType}
            error={errors['areaType']}
            onChange={(areaType) => {
              update({ areaType });
            }}
          />
        </>
      );
    case 'safe':
      return (
        <ChoiceList
          name="safe-now"
          legend={f.report.steps.safe}
          options={options.safeNow}
          value={answers.safeNow}
          error={errors['safeNow']}
          onChange={(safeNow) => {
            update({ safeNow });
          }}
        />
      );
    case 'risk':
      return (
        <>
          <p class="hint">{f.report.riskIntro}</p>
          {errors['risk'] ? <p class="field-error">{errors['risk']}</p> : null}
          {words.riskQuestions.map((question) => (
            <ChoiceList
              key={question.id}
              name={`risk-${question.id}`}
              legend={question.label}
              options={options.riskAnswer}
              value={answers.risk[question.id] ?? ''}
              onChange={(answer) => {
                update({ risk: { ...answers.risk, [question.id]: answer } });
              }}
            />
          ))}
        </>
      );
    case 'contact':
      return (
        <ContactFields
          id="report-contact"
          f={f}
          options={options}
          value={answers.contact}
          errors={errors}
          withCodeWord
          onChange={(contact) => {
            update({ contact });
          }}
        />
      );
    case 'consents':
      return (
        <ConsentList
          f={f}
          value={answers.consents}
          error={errors['consents']}
          onChange={(consents) => {
            update({ consents });
          }}
        />
      );
  }
}
