import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Panel } from '../components/panel.tsx';
import { EMPTY_REPORT, reportBody, type ReportAnswers } from '../forms/bodies.ts';
import { choices } from '../intake/options.ts';
import type { FlowProps } from './flow-props.ts';
import { REPORT_STEPS, ReportStepFields, stepOfField } from './report-steps.tsx';
import { SubmittedPanel } from './submitted-panel.tsx';
import { StepperNav } from './stepper-nav.tsx';
import { useSubmit } from './use-submit.ts';

/** "Report violence": a short stepper; every question may be skipped, nothing is lost. */
export function ReportFlow({ locale, t, pack, onHome, outbox, onKept }: FlowProps) {
  const { f, words } = pack;
  const options = useMemo(() => choices(words), [words]);
  const [answers, setAnswers] = useState<ReportAnswers>(EMPTY_REPORT);
  const [index, setIndex] = useState(0);
  const { state, send } = useSubmit(locale, outbox, onKept);
  const stepHeading = useRef<HTMLParagraphElement>(null);
  const step = REPORT_STEPS[index] ?? 'who';
  const errors = state.kind === 'refused' ? state.fields : {};

  useEffect(() => {
    // A refusal naming a field opens the step that holds it.
    if (state.kind !== 'refused') return;
    const [first] = Object.keys(state.fields);
    if (first !== undefined) setIndex(REPORT_STEPS.indexOf(stepOfField(first)));
  }, [state]);

  useEffect(() => {
    stepHeading.current?.focus();
  }, [index]);

  if (state.kind === 'sent' || state.kind === 'saved') {
    return (
      <SubmittedPanel
        title={t.actions.report.label}
        icon="report"
        name="report-sent"
        f={f}
        receipt={state.kind === 'sent' ? state.receipt : undefined}
        backLabel={t.back}
        onHome={onHome}
      />
    );
  }

  return (
    <Panel
      title={t.actions.report.label}
      icon="report"
      name="report"
      back={{ label: t.back, onBack: onHome }}
    >
      <form
        class="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (index < REPORT_STEPS.length - 1) setIndex(index + 1);
          else void send({ endpoint: 'reports', body: reportBody(answers, locale) }, f.unreachable);
        }}
      >
        <p class="visually-hidden" ref={stepHeading} tabIndex={-1}>
          {f.report.steps[step]}
        </p>
        <ReportStepFields
          step={step}
          f={f}
          words={words}
          options={options}
          answers={answers}
          errors={errors}
          update={(change) => {
            setAnswers((current) => ({ ...current, ...change }));
          }}
        />
        {state.kind === 'refused' ? (
          <p class="form-error" role="alert">
            {state.message}
          </p>
        ) : null}
        <StepperNav
          f={f}
          index={index}
          total={REPORT_STEPS.length}
          sending={state.kind === 'sending'}
          onPrevious={
            index > 0
              ? () => {
                  setIndex(index - 1);
                }
              : null
          }
        />
      </form>
    </Panel>
  );
}
