import { asc, gt, isNull } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { auditEvents } from '../db/schema/index.ts';
import { countRows } from '../db/types.ts';
import { chainHash, GENESIS_HASH } from './canonical.ts';

/**
 * Re-checking the audit hash chain from its first event, the way an inspector would: the guard
 * trigger stops the application from rewriting history, this catches whoever bypassed it (an
 * owner disabling the trigger, a restored tampered backup, edits to the data files).
 */

/** Sealed events read per query: the walk never holds the whole trail in memory. */
export const VERIFY_PAGE_SIZE = 1000;

export type ChainProblem =
  /** The event's columns no longer produce its hash: it was edited after it was sealed. */
  | 'content_changed'
  /** Its prev_hash is not the hash of the event before it: removed, reordered or rewritten. */
  | 'link_broken'
  /** No event holds this chain position (deleted, or its position was changed). */
  | 'missing_event';

export type VerifyResult =
  | {
      readonly ok: true;
      readonly sealed: number;
      readonly unsealed: number;
      /** The last link, to note down outside the database (see `sanad audit-verify`). */
      readonly head: { readonly sealedIndex: number; readonly hash: string } | null;
    }
  | {
      readonly ok: false;
      /**
       * The event found broken; for `missing_event`, the first surviving event after the gap
       * (the missing one is gone, and its seq with it).
       */
      readonly seq: number;
      /** The first chain position that fails: for `missing_event`, the position no event holds. */
      readonly sealedIndex: number;
      readonly problem: ChainProblem;
    };

/**
 * Walks sealed events in chain order, page by page, and reports the FIRST broken link; after
 * it every later link is suspect anyway. Sealed events never change, so walking while a sealer
 * appends still checks a consistent prefix.
 *
 * Limit: a hash chain cannot notice its own tail being cut off (the last events deleted) or
 * wholly recomputed by someone with owner rights. Keep the reported head somewhere else and
 * compare it with the next check.
 */
export async function verifyAuditChain(db: Db): Promise<VerifyResult> {
  let expectedIndex = 1;
  let prevHash = GENESIS_HASH;
  for (;;) {
    const page = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.sealedIndex, expectedIndex - 1))
      .orderBy(asc(auditEvents.sealedIndex))
      .limit(VERIFY_PAGE_SIZE);
    for (const event of page) {
      const at = { seq: event.seq, sealedIndex: expectedIndex };
      if (event.sealedIndex !== expectedIndex)
        return { ok: false, ...at, problem: 'missing_event' };
      if (event.prevHash === null || !event.prevHash.equals(prevHash))
        return { ok: false, ...at, problem: 'link_broken' };
      if (event.hash === null || !chainHash(prevHash, event).equals(event.hash))
        return { ok: false, ...at, problem: 'content_changed' };
      prevHash = event.hash;
      expectedIndex += 1;
    }
    if (page.length < VERIFY_PAGE_SIZE) break;
  }
  const sealed = expectedIndex - 1;
  const [pending] = await db
    .select({ count: countRows() })
    .from(auditEvents)
    .where(isNull(auditEvents.sealedIndex));
  return {
    ok: true,
    sealed,
    unsealed: pending?.count ?? 0,
    head: sealed === 0 ? null : { sealedIndex: sealed, hash: prevHash.toString('hex') },
  };
}

/** One sentence for an operator, naming where the chain breaks. */
export function describeChainBreak(result: Extract<VerifyResult, { ok: false }>): string {
  const where = `at event seq ${result.seq} (chain position ${result.sealedIndex})`;
  switch (result.problem) {
    case 'content_changed':
      return `Audit trail BROKEN ${where}: its content was changed after it was sealed.`;
    case 'link_broken':
      return `Audit trail BROKEN ${where}: it does not follow from the event before it (an event was removed, reordered or rewritten).`;
    case 'missing_event':
      return `Audit trail BROKEN at chain position ${result.sealedIndex}: the event sealed there is missing (deleted or moved); the next surviving event is seq ${result.seq}.`;
  }
}
