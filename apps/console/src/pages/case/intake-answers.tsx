import {
  ageBands,
  callWindows,
  contactMethods,
  harmChoices,
  perpetratorChoices,
  reporterChoices,
  safeNowChoices,
  schoolingLevels,
  seekingChoices,
  whenChoices,
  type Vocabulary,
} from '@sanad/core';
import type { ComponentChildren } from 'preact';
import type { IntakeAnswers as Answers } from '../../api/case-types.ts';
import { useConsole } from '../../context.ts';
import { labelOf } from '../../vocabulary.ts';
import { useCaseFileContext } from './case-context.ts';
import { CaseSection } from './section.tsx';

/**
 * What she answered in the app, in her words' labels: shown first, so the listener never asks
 * twice what she already said. Only what she answered is listed.
 */
export function IntakeAnswers() {
  const { locale, t } = useConsole();
  const { view } = useCaseFileContext();
  const intake = view.intake;
  if (!intake) return null;
  const one = (vocabulary: Vocabulary<string>, code: string | null) =>
    code === null ? undefined : labelOf(vocabulary, code, locale);
  const many = (vocabulary: Vocabulary<string>, codes: readonly string[]) =>
    codes.length === 0 ? undefined : codes.map((code) => labelOf(vocabulary, code, locale));
  const yesNo = (value: boolean | null) => (value === null ? undefined : value ? t.yes : t.no);

  const rows: [string, ComponentChildren | undefined][] = [
    [t.intakeReporter, one(reporterChoices, intake.reporter)],
    [t.intakeSafeNow, one(safeNowChoices, intake.safeNow)],
    [t.intakeWhen, one(whenChoices, intake.occurredWhen)],
    [t.intakeHarms, list(many(harmChoices, intake.harms))],
    [t.intakePerpetrator, one(perpetratorChoices, intake.perpetrator)],
    [t.intakeContactMethod, one(contactMethods, intake.contactMethod)],
    [t.intakeCallWindow, one(callWindows, intake.callWindow)],
    [t.intakePhone, typed(intake.phone, 'ltr')],
    [t.intakeCodeWord, typed(intake.codeWord)],
    [t.intakeLocation, typed(intake.location)],
    [t.intakeSharing, intake.sharingConsent ? t.yes : t.no],
    [t.intakeSeeking, list(many(seekingChoices, intake.seeking))],
    [t.intakeAgeBand, one(ageBands, intake.ageBand)],
    [t.intakeSchooling, one(schoolingLevels, intake.schooling)],
    [t.intakeSkills, typed(intake.skills)],
    [t.intakeChildcare, yesNo(intake.needsChildcare)],
    [t.intakeMobility, yesNo(intake.needsMobility)],
  ];
  return (
    <CaseSection title={t.intakeTitle} name="intake">
      <p class="field__hint">{t.intakeHint}</p>
      <dl class="facts">
        {rows
          .filter((row): row is [string, ComponentChildren] => row[1] !== undefined)
          .map(([label, value]) => (
            <IntakeRow key={label} label={label}>
              {value}
            </IntakeRow>
          ))}
      </dl>
    </CaseSection>
  );
}

function IntakeRow({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function list(labels: string[] | undefined) {
  if (!labels) return undefined;
  return (
    <ul class="tags">
      {labels.map((label) => (
        <li key={label}>{label}</li>
      ))}
    </ul>
  );
}

/** Text she typed: isolated, in its own direction. */
function typed(text: Answers['phone'], dir: 'auto' | 'ltr' = 'auto') {
  if (text === null || text.trim() === '') return undefined;
  return <bdi dir={dir}>{text}</bdi>;
}
