import { asc, desc, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Db } from '../db/database.ts';
import { auditEvents } from '../db/schema/index.ts';
import { chainHash, GENESIS_HASH } from './canonical.ts';

/**
 * Sealing: chaining committed audit events after the fact. recordAudit only inserts (inside the
 * request's transaction, no global lock); this module is the one writer of the chain, so intake
 * never serialises behind it.
 */

// Any constant works as long as every Sanad process uses the same one (and not the migrations').
const SEALER_LOCK_KEY = 7_265_726_128_348; // "sanad" + "audit", give or take

export const DEFAULT_SEAL_BATCH = 500;

/**
 * Seals up to `batchSize` unsealed events in one transaction and returns how many it sealed.
 *
 * The advisory lock makes this the only sealer across all nodes while it runs. It must stay in
 * READ COMMITTED (the default): every statement after the lock then sees what the previous
 * sealer committed, and only committed events — one still in a request's open transaction is
 * invisible and simply gets sealed by a later batch, at a later chain position (chain order is
 * sealing order, which is why `sealed_index` exists apart from `seq`).
 */
export async function sealAuditEvents(
  db: Db,
  options: { batchSize?: number } = {},
): Promise<number> {
  const batchSize = options.batchSize ?? DEFAULT_SEAL_BATCH;
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${SEALER_LOCK_KEY}::bigint)`);
    const [head] = await tx
      .select({ sealedIndex: auditEvents.sealedIndex, hash: auditEvents.hash })
      .from(auditEvents)
      .where(isNotNull(auditEvents.sealedIndex))
      .orderBy(desc(auditEvents.sealedIndex))
      .limit(1);
    const pending = await tx
      .select()
      .from(auditEvents)
      .where(isNull(auditEvents.sealedIndex))
      .orderBy(asc(auditEvents.seq))
      .limit(batchSize);
    if (pending.length === 0) return 0;

    let prevHash = head?.hash ?? GENESIS_HASH;
    let index = head?.sealedIndex ?? 0;
    const seals = pending.map((event) => {
      const hash = chainHash(prevHash, event);
      index += 1;
      const seal = {
        seq: event.seq,
        idx: index,
        prev: prevHash.toString('hex'),
        hash: hash.toString('hex'),
      };
      prevHash = hash;
      return seal;
    });
    // One statement for the whole batch, as JSON: a single parameter both drivers pass the same
    // way (arrays of bytea are not). The guard trigger accepts exactly this update, once per row.
    await tx.execute(sql`
      UPDATE audit_events AS e
         SET hash = decode(s.hash, 'hex'), prev_hash = decode(s.prev, 'hex'), sealed_index = s.idx
        FROM jsonb_to_recordset(${JSON.stringify(seals)}::jsonb)
             AS s(seq bigint, idx bigint, prev text, hash text)
       WHERE e.seq = s.seq`);
    return seals.length;
  });
}

/**
 * Seals until nothing is pending (for the command line, so a check covers everything). Stops
 * after a batch smaller than the batch size, so a busy server cannot keep it running forever.
 */
export async function sealAllAuditEvents(db: Db, batchSize = DEFAULT_SEAL_BATCH): Promise<number> {
  let total = 0;
  for (;;) {
    const sealed = await sealAuditEvents(db, { batchSize });
    total += sealed;
    if (sealed < batchSize) return total;
  }
}

export interface AuditSealer {
  /** Stops the timer, waits for a running seal, then seals once more. */
  stop(): Promise<void>;
}

/**
 * Seals on an interval in the background. The timer is unref'd (it never keeps the process
 * alive) and rescheduled after each run, so runs never overlap. Failures are logged and retried
 * at the next tick; logs carry counts only, never an event's contents.
 */
export function startAuditSealer(
  db: Db,
  log: Pick<Logger, 'debug' | 'error'>,
  intervalMs = 2000,
): AuditSealer {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  const sealOnce = async (): Promise<void> => {
    try {
      const sealed = await sealAuditEvents(db);
      if (sealed > 0) log.debug({ sealed }, 'audit events sealed');
    } catch (error) {
      log.error({ err: error }, 'sealing audit events failed; retrying at the next tick');
    }
  };
  const schedule = (): void => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = sealOnce().then(schedule);
    }, intervalMs);
    timer.unref();
  };
  schedule();

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      await sealOnce();
    },
  };
}
