import type { CaseRecord, CaseStatus } from '@sanad/core';
import { eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { cases } from '../db/schema/index.ts';

/** What the claim commands read of a case: its place, owner, status and version. */
export async function loadQueueCase(tx: Db, caseId: string, lock: boolean) {
  const query = tx
    .select({
      id: cases.id,
      status: cases.status,
      urgency: cases.urgency,
      ownerId: cases.ownerId,
      regionCode: cases.regionCode,
      provinceCode: cases.provinceCode,
      version: cases.version,
      claimedAt: cases.claimedAt,
      createdAt: cases.createdAt,
    })
    .from(cases)
    .where(eq(cases.id, caseId));
  const [row] = lock ? await query.for('no key update') : await query;
  return row;
}

export type QueueCaseRow = NonNullable<Awaited<ReturnType<typeof loadQueueCase>>>;

/**
 * A case as the rules read it. Referrals only matter to institution roles, which never reach
 * the queue's commands (they hold neither `case.claim` nor `case.reassign`), so none are loaded.
 */
export const caseRecordOf = (
  row: Pick<QueueCaseRow, 'regionCode' | 'provinceCode'>,
): CaseRecord => ({
  regionCode: row.regionCode,
  provinceCode: row.provinceCode,
  referrals: [],
});

/** Taking a case moves it out of "new"; later statuses are the case file's business. */
export const statusAfterClaim: SQL<CaseStatus> = sql<CaseStatus>`CASE WHEN ${cases.status} = 'new' THEN 'in_triage' ELSE ${cases.status} END`;

/** A time as a query parameter both drivers read the same way (PGlite and node-postgres). */
export const sqlTimestamp = (at: Date): SQL => sql`${at.toISOString()}::timestamptz`;
