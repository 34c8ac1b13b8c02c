import { and, desc, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { consents } from '../db/schema/index.ts';

/**
 * The institutions she currently agrees to share with (her file, or — `opportunity_referral` —
 * her request for one opportunity): for each institution, her latest word on
 * sharing with it decides — a later refusal or a withdrawal cancels an earlier consent, and a
 * later consent replaces an earlier refusal.
 */
export async function sharingConsentedInstitutions(
  tx: Db,
  caseId: string,
  purpose: 'sharing_with_institution' | 'opportunity_referral' = 'sharing_with_institution',
): Promise<Set<string>> {
  const rows = await tx
    .select({
      institutionId: consents.institutionId,
      granted: consents.granted,
      withdrawnAt: consents.withdrawnAt,
    })
    .from(consents)
    .where(
      and(
        eq(consents.caseId, caseId),
        eq(consents.purpose, purpose),
        isNotNull(consents.institutionId),
      ),
    )
    .orderBy(desc(consents.recordedAt), desc(consents.id));
  const decided = new Set<string>();
  const granted = new Set<string>();
  for (const row of rows) {
    if (row.institutionId === null || decided.has(row.institutionId)) continue;
    decided.add(row.institutionId);
    if (row.granted && row.withdrawnAt === null) granted.add(row.institutionId);
  }
  return granted;
}
