import {
  RISK_ANSWERS,
  RISK_QUESTIONS,
  riskAnswerLabels,
  type RiskQuestionId,
  type UrgencyLevel,
} from '@sanad/core';
import { useState } from 'preact/hooks';
import { recordRiskAssessment } from '../../api/cases.ts';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { SelectField } from '../../components/ui/select-field.tsx';
import { TextArea } from '../../components/ui/text-area.tsx';
import { UrgencyBadge } from '../../components/helpline/urgency-badge.tsx';
import { useConsole } from '../../context.ts';
import type { Locale } from '../../i18n/locale.ts';
import { localProblem } from '../../forms.ts';
import { urgencyLabel, urgencyLevels } from '../../helpline-vocabulary.ts';
import { useCaseFileContext } from './case-context.ts';
import { prefillAnswers, previewRisk, type RiskAnswerSheet } from './risk-answers.ts';
import { RiskHistory } from './risk-history.tsx';
import { CaseSection } from './section.tsx';
import { useCaseForm } from './use-case-form.ts';

const questionLabel = (id: RiskQuestionId, locale: Locale) =>
  RISK_QUESTIONS.find((question) => question.id === id)?.label[locale] ?? id;

/**
 * The risk checklist, the same questions as in her app, prefilled with her latest answers.
 * The score and proposed level update as the listener answers; her professional judgement
 * may set another level, with a reason.
 */
export function RiskChecklist() {
  const { api, locale, t } = useConsole();
  const { view } = useCaseFileContext();
  const latest = view.riskAssessments[0];
  const [answers, setAnswers] = useState<RiskAnswerSheet>(() => prefillAnswers(latest?.answers));
  const [override, setOverride] = useState<UrgencyLevel | ''>('');
  const [reason, setReason] = useState('');
  const { busy, problem, setProblem, submit } = useCaseForm();
  const preview = previewRisk(answers, view.intake?.safeNow ?? null);
  const editable = view.abilities.update;

  return (
    <CaseSection title={t.riskTitle} name="risk">
      <RiskHistory />
      {editable && (
        <form
          class="stack"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (override !== '' && reason.trim() === '') {
              setProblem(localProblem(t.checkFields, { overrideReason: t.overrideReasonNeeded }));
              return;
            }
            const level = override;
            void submit(
              (version) =>
                recordRiskAssessment(api, view.id, version, {
                  answers,
                  ...(level === '' ? {} : { overrideLevel: level, overrideReason: reason.trim() }),
                }),
              t.riskSaved,
              () => {
                setOverride('');
                setReason('');
              },
            );
          }}
        >
          <p class="field__hint">{latest ? t.riskPrefilled : t.riskFirst}</p>
          {RISK_QUESTIONS.map((question) => (
            <fieldset class="fieldset risk-question" key={question.id} data-question={question.id}>
              <legend>
                {questionLabel(question.id, locale)}
                {question.redFlag && <span class="red-flag"> {t.redFlagMark}</span>}
              </legend>
              <div class="choice-row">
                {RISK_ANSWERS.map((answer) => (
                  <label class="check" key={answer}>
                    <input
                      type="radio"
                      name={`risk-${question.id}`}
                      value={answer}
                      checked={answers[question.id] === answer}
                      onChange={() => {
                        setAnswers({ ...answers, [question.id]: answer });
                      }}
                    />
                    <span>{riskAnswerLabels[answer][locale]}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
          <div class="risk-preview" aria-live="polite" data-risk-preview>
            <p>
              {t.riskScore(preview.score, RISK_QUESTIONS.length)} →{' '}
              <UrgencyBadge urgency={preview.level} />
            </p>
            {preview.redFlags.length > 0 && (
              <div>
                <p class="label">{t.redFlags}</p>
                <ul class="bullets">
                  {preview.redFlags.map((id) => (
                    <li key={id}>{questionLabel(id, locale)}</li>
                  ))}
                </ul>
              </div>
            )}
          </div>
          <SelectField
            label={t.overrideLevel}
            name="overrideLevel"
            hint={t.overrideHint}
            value={override}
            onChange={(value) => {
              setOverride(value as UrgencyLevel | '');
            }}
          >
            <option value="">{t.keepComputedLevel(urgencyLabel(preview.level, locale))}</option>
            {urgencyLevels.codes.map((level) => (
              <option key={level} value={level}>
                {urgencyLabel(level, locale)}
              </option>
            ))}
          </SelectField>
          {override !== '' && (
            <TextArea
              label={t.overrideReason}
              name="overrideReason"
              value={reason}
              required
              rows={2}
              maxLength={1000}
              error={problem?.fields['overrideReason']}
              onInput={setReason}
            />
          )}
          <FormAlert problem={problem} shownFields={['overrideReason']} />
          <button type="submit" class="button" disabled={busy} aria-busy={busy}>
            {t.saveRisk}
          </button>
        </form>
      )}
    </CaseSection>
  );
}
