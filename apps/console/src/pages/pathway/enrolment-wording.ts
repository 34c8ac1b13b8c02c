import type { EnrolmentStatus, EnrolmentStep, EnrolmentView } from '../../api/pathway-types.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { Messages } from '../../i18n/messages.ts';
import { isolate } from '../../i18n/bidi.ts';
import { economicOutcomeLabel, enrolmentStatusLabel } from './pathway-vocabulary.ts';

// An enrolment in words: where she stands in a sentence, the button for each step, and the
// dates of the steps reached.

/** Where she stands on it, in a sentence; an unknown status shows as its code. */
export function enrolmentPlain(status: string, t: Messages): string {
  const words: Readonly<Record<EnrolmentStatus, string>> = {
    proposed: t.pwPlainProposed,
    interested: t.pwPlainInterested,
    referred: t.pwPlainReferred,
    applied: t.pwPlainApplied,
    enrolled: t.pwPlainEnrolled,
    completed: t.pwPlainCompleted,
    dropped: t.pwPlainDropped,
  };
  return Object.hasOwn(words, status) ? words[status as EnrolmentStatus] : status;
}

/** The button for each step, and the hook browser tests find it by (`data-action`). */
export function stepButton(step: EnrolmentStep, t: Messages): { label: string; action: string } {
  switch (step) {
    case 'interest':
      return { label: t.pwStepInterest, action: 'enrolment-interest' };
    case 'not_interested':
      return { label: t.pwStepNotInterested, action: 'enrolment-not-interested' };
    case 'refer':
      return { label: t.pwStepRefer, action: 'enrolment-refer' };
    case 'apply':
      return { label: t.pwStepApply, action: 'enrolment-apply' };
    case 'enrol':
      return { label: t.pwStepEnrol, action: 'enrolment-enrol' };
    case 'complete':
      return { label: t.pwStepComplete, action: 'enrolment-complete' };
    case 'drop':
      return { label: t.pwStepDrop, action: 'enrolment-drop' };
  }
}

/** A step reached: the status it led to, and when (a moment, or a calendar date). */
export interface DatedStep {
  readonly status: EnrolmentStatus;
  readonly at: string;
  readonly kind: 'moment' | 'day';
}

/** The steps she went through, in the order of the path (only those reached). */
export function datedSteps(enrolment: EnrolmentView): DatedStep[] {
  const steps: [EnrolmentStatus, string | null, 'moment' | 'day'][] = [
    ['proposed', enrolment.proposedAt, 'moment'],
    ['interested', enrolment.interestedAt, 'moment'],
    ['referred', enrolment.referredAt, 'moment'],
    ['applied', enrolment.appliedAt, 'moment'],
    ['enrolled', enrolment.enrolledAt, 'moment'],
    ['completed', enrolment.completedOn, 'day'],
    ['dropped', enrolment.droppedAt, 'moment'],
  ];
  return steps.flatMap(([status, at, kind]) => (at === null ? [] : [{ status, at, kind }]));
}

/** Steps that need words before they are taken (a dialog); the others are taken at once. */
export function stepNeedsDialog(step: EnrolmentStep): step is 'refer' | 'drop' {
  return step === 'refer' || step === 'drop';
}

/** What the notice says once a change is saved: where she stands now, or the outcome. */
export function changeNotice(
  enrolment: EnrolmentView,
  change: 'step' | 'outcome',
  t: Messages,
  locale: Locale,
): string {
  const title = isolate(enrolment.opportunity.title);
  return change === 'outcome' && enrolment.outcome !== null
    ? t.pwNowOutcome(title, economicOutcomeLabel(enrolment.outcome, locale))
    : t.pwNowStatus(title, enrolmentStatusLabel(enrolment.status, locale));
}
