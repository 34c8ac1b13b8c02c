import { canWorkCase, type Actor } from '@sanad/core';
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import { auditActorOf, recordAudit } from '../audit/record.ts';
import { casesWorkableBy } from '../authorization/scopes.ts';
import type { Db } from '../db/database.ts';
import { cases } from '../db/schema/index.ts';
import { AppError, notFound } from '../platform/errors.ts';
import { cancelJob } from '../platform/jobs/enqueue.ts';
import { caseRecordOf, loadQueueCase, sqlTimestamp, statusAfterClaim } from './case-row.ts';
import { publishClaimed } from './events.ts';
import { staffRef, type StaffRef } from './staff.ts';

/** Who handles a case since when, at which version: the answer to a claim or a reassignment. */
export interface ClaimView {
  readonly caseId: string;
  readonly claimedBy: StaffRef;
  readonly claimedAt: Date;
  readonly version: number;
}

/**
 * Takes a case from the queue. Exactly one of several concurrent claims wins: the claim is one
 * conditional UPDATE (`WHERE owner_id IS NULL`), so PostgreSQL's row lock orders them and the
 * losers' condition no longer holds — no read-then-write window, no advisory lock. The loser
 * hears who won (409 `already_claimed` with `current.claimedBy`); claiming a case one already
 * holds answers the same as the first time, so a double click or a retry is harmless. The
 * urgent case's unclaimed timer is cancelled in the same transaction.
 */
export async function claimCase(
  db: Db,
  actor: Actor,
  caseId: string,
  requestId: string,
  now: Date = new Date(),
): Promise<ClaimView> {
  return db.transaction(async (tx) => {
    const row = await loadQueueCase(tx, caseId, false);
    if (!row || !canWorkCase(actor, 'case.claim', caseRecordOf(row))) throw notFound();
    const [won] = await tx
      .update(cases)
      .set({
        ownerId: actor.id,
        claimedAt: now,
        firstContactAt: sql`coalesce(${cases.firstContactAt}, ${sqlTimestamp(now)})`,
        status: statusAfterClaim,
        version: sql`${cases.version} + 1`,
        updatedAt: now,
      })
      .where(
        and(
          eq(cases.id, caseId),
          isNull(cases.ownerId),
          ne(cases.status, 'closed'),
          // The scope again, under the row lock: a case moved away meanwhile is not claimed.
          casesWorkableBy(actor, 'case.claim'),
        ),
      )
      .returning({ version: cases.version, status: cases.status });
    if (!won) return alreadyHeld(tx, actor, caseId);
    await cancelJob(tx, 'case.unclaimed_urgent', caseId);
    const claimedBy = await staffRef(tx, actor.id);
    await publishClaimed(tx, row, claimedBy, won);
    await recordAudit(tx, {
      action: 'case.claimed',
      actor: auditActorOf(actor),
      recordType: 'case',
      recordId: caseId,
      caseId,
      diff: { status: won.status, previousStatus: row.status },
      requestId,
    });
    return { caseId, claimedBy, claimedAt: now, version: won.version };
  });
}

/**
 * Why a claim's UPDATE matched nothing, read after it (so after any winner committed): the
 * actor already holds the case (idempotent answer), someone else does (`already_claimed`), or
 * the case was closed (`invalid_transition`).
 */
async function alreadyHeld(tx: Db, actor: Actor, caseId: string): Promise<ClaimView> {
  const current = await loadQueueCase(tx, caseId, false);
  if (!current || !canWorkCase(actor, 'case.claim', caseRecordOf(current))) throw notFound();
  if (current.ownerId === actor.id) {
    return {
      caseId,
      claimedBy: await staffRef(tx, actor.id),
      claimedAt: current.claimedAt ?? current.createdAt,
      version: current.version,
    };
  }
  if (current.ownerId) {
    const claimedBy = await staffRef(tx, current.ownerId);
    throw new AppError('already_claimed', { current: { claimedBy } });
  }
  throw new AppError('invalid_transition');
}
