import type { CaseRecord, ReferralStatus } from '@sanad/core';
import { eq } from 'drizzle-orm';
import { loadCase, type CaseRow } from '../cases/load.ts';
import type { Db } from '../db/database.ts';
import { enrolments, institutions, opportunities, referrals } from '../db/schema/index.ts';
import type { OpportunityRow } from './cards.ts';

export type EnrolmentRow = typeof enrolments.$inferSelect;

/** An enrolment with everything its rules and its presenter need. */
export interface LoadedEnrolment {
  readonly row: EnrolmentRow;
  readonly opportunity: OpportunityRow;
  readonly providerName: string;
  readonly caseRow: CaseRow;
  readonly record: CaseRecord;
  /** Where its referral to the provider stands; null before she was referred. */
  readonly referralStatus: ReferralStatus | null;
}

/**
 * One enrolment, or undefined. Unscoped: the caller decides with a rule right after and answers
 * 404 outside the actor's reach. `lock` locks the case first, then the enrolment — the order
 * every pathway write takes, so two writers never deadlock.
 */
export async function loadEnrolment(
  tx: Db,
  enrolmentId: string,
  options: { lock: boolean },
): Promise<LoadedEnrolment | undefined> {
  const [head] = await tx
    .select({ caseId: enrolments.caseId })
    .from(enrolments)
    .where(eq(enrolments.id, enrolmentId));
  if (!head) return undefined;
  const loadedCase = await loadCase(tx, head.caseId, options);
  if (!loadedCase) return undefined;
  const query = tx
    .select({ row: enrolments, opportunity: opportunities, providerName: institutions.name })
    .from(enrolments)
    .innerJoin(opportunities, eq(opportunities.id, enrolments.opportunityId))
    .innerJoin(institutions, eq(institutions.id, opportunities.providerId))
    .where(eq(enrolments.id, enrolmentId));
  const [found] = options.lock ? await query.for('update', { of: enrolments }) : await query;
  if (!found) return undefined;
  return {
    ...found,
    caseRow: loadedCase.row,
    record: loadedCase.record,
    referralStatus: await referralStatusOf(tx, found.row.referralId),
  };
}

export async function referralStatusOf(
  tx: Db,
  referralId: string | null,
): Promise<ReferralStatus | null> {
  if (referralId === null) return null;
  const [referral] = await tx
    .select({ status: referrals.status })
    .from(referrals)
    .where(eq(referrals.id, referralId));
  return referral?.status ?? null;
}
