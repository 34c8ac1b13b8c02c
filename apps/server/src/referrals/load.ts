import type { CaseRecord } from '@sanad/core';
import { eq } from 'drizzle-orm';
import { loadCase, type CaseRow } from '../cases/load.ts';
import type { Db } from '../db/database.ts';
import { cases, referrals } from '../db/schema/index.ts';

export type ReferralRow = typeof referrals.$inferSelect;

/** A referral with the case it belongs to, as the rules and the presenter need them. */
export interface LoadedReferral {
  readonly row: ReferralRow;
  readonly caseRow: CaseRow;
  readonly record: CaseRecord;
}

/**
 * One referral and its case, or undefined. Unscoped: the caller decides with a rule right after
 * and answers 404 outside the actor's reach. `lock` takes the case's lock and then the referral's,
 * so two people answering the same referral queue up instead of both acting on the same version.
 */
export async function loadReferral(
  tx: Db,
  referralId: string,
  options: { lock: boolean },
): Promise<LoadedReferral | undefined> {
  if (options.lock) {
    // The case first, then the referral: the order every writer of a case takes (the economic
    // pathway locks the case, its enrolment, then the enrolment's referral).
    const [head] = await tx
      .select({ caseId: referrals.caseId })
      .from(referrals)
      .where(eq(referrals.id, referralId));
    if (!head) return undefined;
    await tx
      .select({ id: cases.id })
      .from(cases)
      .where(eq(cases.id, head.caseId))
      .for('no key update');
  }
  const query = tx.select().from(referrals).where(eq(referrals.id, referralId));
  const [row] = options.lock ? await query.for('update') : await query;
  if (!row) return undefined;
  const loaded = await loadCase(tx, row.caseId, { lock: false });
  if (!loaded) return undefined;
  return { row, caseRow: loaded.row, record: loaded.record };
}
