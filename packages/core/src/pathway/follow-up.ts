import type { EnrolmentStatus } from '../vocabulary/enrolment-statuses.ts';
import { addCalendarMonths } from './dates.ts';
import type { SurvivorStage } from './vocabularies.ts';

/**
 * After the end (issue #7): the outcome is asked 3 and 6 months after she completed — long
 * enough for a job search or a first sale, short enough that she is still reachable — and her
 * app shows where she stands in five plain stages rather than the seven statuses.
 */

/** Months after completion at which the outcome is asked. */
export const OUTCOME_CHECK_MONTHS = [3, 6] as const;

/**
 * The two dates the follow-up job asks for her outcome, from the day she completed: the same day
 * 3 and 6 calendar months later, or the month's last day when it is shorter.
 */
export function outcomeCheckDates(completedOn: string): readonly [string, string] {
  const [first, second] = OUTCOME_CHECK_MONTHS;
  return [addCalendarMonths(completedOn, first), addCalendarMonths(completedOn, second)];
}

/**
 * Her stage: `proposed` (a suggestion waiting for her yes), `waiting` (she said yes; the
 * referral and the provider's answer are on their way), `in_progress` (enrolled), `done`,
 * `stopped`.
 */
export function survivorStage(status: EnrolmentStatus): SurvivorStage {
  switch (status) {
    case 'proposed':
      return 'proposed';
    case 'interested':
    case 'referred':
    case 'applied':
      return 'waiting';
    case 'enrolled':
      return 'in_progress';
    case 'completed':
      return 'done';
    case 'dropped':
      return 'stopped';
  }
}
