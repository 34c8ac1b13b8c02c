import type { CaseRecord } from '@sanad/core';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { cases, referrals } from '../db/schema/index.ts';

export type CaseRow = typeof cases.$inferSelect;

export interface LoadedCase {
  readonly row: CaseRow;
  /** The case as the authorization rules read it. */
  readonly record: CaseRecord;
}

/**
 * One case with what the rules need (place and referrals), or undefined. Unscoped: the caller
 * decides with a rule right after, and answers 404 for a case the actor may not see. `lock`
 * takes the row lock a mutation needs before it reads the state it will change, so two writers
 * of one case queue up instead of both acting on the same version.
 */
export async function loadCase(
  tx: Db,
  caseId: string,
  options: { lock: boolean },
): Promise<LoadedCase | undefined> {
  const query = tx.select().from(cases).where(eq(cases.id, caseId));
  // NO KEY UPDATE: writers of one case still queue up, but inserting a row that references the
  // case (a live event, a consent, a referral) — which takes KEY SHARE — is not blocked, so a
  // referral step holding its referral never waits on a case writer waiting on that referral.
  const [row] = options.lock ? await query.for('no key update') : await query;
  if (!row) return undefined;
  const shared = await tx
    .select({
      institutionId: referrals.institutionId,
      status: referrals.status,
      scope: referrals.scope,
    })
    .from(referrals)
    .where(eq(referrals.caseId, caseId));
  return {
    row,
    record: {
      regionCode: row.regionCode,
      provinceCode: row.provinceCode,
      referrals: shared,
      registeredByInstitutionId: row.registeredByInstitutionId,
    },
  };
}
