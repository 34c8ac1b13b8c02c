import { eq } from 'drizzle-orm';
import { cases, referrals } from '../db/schema/index.ts';
import type { Db } from '../db/database.ts';
import type { ReferralRow } from './load.ts';
import { proposalsFor } from './proposals.ts';

/**
 * Where to try next when an institution declines or stays silent: the best proposal for the
 * same services among institutions this case was never referred to, or null when none is left.
 * A proposal only: nothing is sent without the referring side choosing it.
 */
export async function nextInstitutionFor(
  tx: Db,
  row: ReferralRow,
  now: Date,
): Promise<string | null> {
  const [kase] = await tx.select().from(cases).where(eq(cases.id, row.caseId));
  if (!kase) return null;
  const tried = (
    await tx
      .select({ institutionId: referrals.institutionId })
      .from(referrals)
      .where(eq(referrals.caseId, row.caseId))
  ).map((r) => r.institutionId);
  const exclude = [...tried];
  if (row.referredByInstitutionId !== null) exclude.push(row.referredByInstitutionId);
  const proposals = await proposalsFor(tx, kase, row.services, now, exclude);
  return proposals.find((p) => !p.full)?.institution.id ?? null;
}
