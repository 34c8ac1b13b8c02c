import {
  deadlineFor,
  type DeadlineConfig,
  type DeadlineKind,
  type UrgencyLevel,
} from '@sanad/core';
import type { Db } from '../db/database.ts';
import { cancelJob, enqueueJob } from '../platform/jobs/enqueue.ts';

/**
 * A referral's clocks, as durable jobs (`referral.deadline`): one pending job per referral and
 * stage, keyed `<referralId>:<stage>`, so an answer in time cancels it with one statement and a
 * restart loses nothing. The deadlines follow `@sanad/core`'s table (working days on the
 * Casablanca calendar) with this deployment's overrides.
 */
export interface ReferralClock {
  readonly deadlines: DeadlineConfig;
}

export const DEFAULT_REFERRAL_CLOCK: ReferralClock = { deadlines: {} };

const keyOf = (referralId: string, stage: DeadlineKind) => `${referralId}:${stage}`;

/** When the stage falls due, counted from `from`. */
export function dueAt(
  clock: ReferralClock,
  urgency: UrgencyLevel,
  from: Date,
  stage: DeadlineKind,
): Date {
  return deadlineFor(urgency, from, stage, clock.deadlines);
}

/** Arms the stage's deadline: at `runAt`, escalation `escalation` happens unless answered. */
export async function armDeadline(
  tx: Db,
  referralId: string,
  stage: DeadlineKind,
  runAt: Date,
  escalation: 1 | 2,
): Promise<void> {
  await enqueueJob(tx, {
    name: 'referral.deadline',
    payload: { referralId, stage, escalation },
    runAt,
    singletonKey: keyOf(referralId, stage),
  });
}

/** The stage was answered (or the referral ended): its pending escalation is cancelled. */
export async function disarmDeadline(
  tx: Db,
  referralId: string,
  stage: DeadlineKind,
): Promise<void> {
  await cancelJob(tx, 'referral.deadline', keyOf(referralId, stage));
}
