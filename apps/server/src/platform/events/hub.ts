import { gt, inArray, max, or } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Database } from '../../db/database.ts';
import { liveEvents } from '../../db/schema/index.ts';
import { LIVE_CHANNEL } from './publish.ts';

/** A stored live event, as the hub hands it to its consumers. */
export type LiveEventRow = typeof liveEvents.$inferSelect;

export type LiveConsumer = (event: LiveEventRow) => void;

export interface LiveSubscription {
  /** The highest event id the hub had seen when this subscription started. */
  readonly position: number;
  unsubscribe(): void;
}

/**
 * One LISTEN per process, shared by every open console stream: a node with 200 listeners holds
 * one extra database connection, not 200, and loads each event once.
 */
export interface LiveHub {
  /** Resolves once the hub is listening, so nothing committed afterwards can be missed. */
  subscribe(consumer: LiveConsumer): Promise<LiveSubscription>;
  close(): Promise<void>;
}

/** Rows per load: a burst (or a catch-up after a reconnection) is read in slices. */
const LOAD_LIMIT = 500;
/** Ids remembered as delivered, to drop the duplicates that out-of-order commits produce. */
const REMEMBERED_IDS = 10_000;
const RETRY_AFTER_ERROR_MS = 1_000;

/**
 * Creates the hub; it starts listening at the first subscription. A notification carries an
 * event id; the hub loads every row newer than the newest it has seen, plus the notified ids
 * (a transaction that took a lower id can commit after one that took a higher id, so "newer
 * than the newest" alone would skip it), and hands each new row to every consumer.
 */
export function createLiveHub(
  database: Pick<Database, 'db' | 'listen'>,
  log: Pick<Logger, 'error' | 'warn'>,
): LiveHub {
  const consumers = new Set<LiveConsumer>();
  const notified = new Set<number>();
  const delivered = new Set<number>();
  let watermark = 0;
  let started: Promise<void> | undefined;
  let stopListening: (() => Promise<void>) | undefined;
  let loading: Promise<void> | undefined;
  let loadAgain = false;
  let closed = false;
  let retryTimer: NodeJS.Timeout | undefined;

  const remember = (id: number): void => {
    delivered.add(id);
    // A Set iterates in insertion order: the first entries are the oldest.
    for (const old of delivered) {
      if (delivered.size <= REMEMBERED_IDS) break;
      delivered.delete(old);
    }
  };

  const fanOut = (event: LiveEventRow): void => {
    for (const consumer of consumers) {
      try {
        consumer(event);
      } catch (error) {
        log.error({ err: error }, 'a live event consumer failed');
      }
    }
  };

  const loadOnce = async (): Promise<boolean> => {
    const ids = [...notified];
    notified.clear();
    try {
      const rows = await database.db
        .select()
        .from(liveEvents)
        .where(
          ids.length > 0
            ? or(gt(liveEvents.id, watermark), inArray(liveEvents.id, ids))
            : gt(liveEvents.id, watermark),
        )
        .orderBy(liveEvents.id)
        .limit(LOAD_LIMIT);
      for (const row of rows) {
        watermark = Math.max(watermark, row.id);
        if (delivered.has(row.id)) continue;
        remember(row.id);
        fanOut(row);
      }
      return rows.length === LOAD_LIMIT;
    } catch (error) {
      if (closed) return false;
      for (const id of ids) notified.add(id);
      log.error({ err: error }, 'loading live events failed; retrying');
      clearTimeout(retryTimer);
      retryTimer = setTimeout(schedule, RETRY_AFTER_ERROR_MS);
      retryTimer.unref();
      return false;
    }
  };

  // One load at a time; notifications arriving meanwhile are folded into the next one.
  function schedule(): void {
    if (closed) return;
    if (loading) {
      loadAgain = true;
      return;
    }
    loading = loadOnce().then((more) => {
      loading = undefined;
      if (more || loadAgain) {
        loadAgain = false;
        schedule();
      }
    });
  }

  const onPayload = (payload: string): void => {
    const id = Number(payload);
    if (!Number.isSafeInteger(id) || id <= 0) {
      log.warn('ignored a live notification that is not an event id');
      return;
    }
    notified.add(id);
    schedule();
  };

  const start = (): Promise<void> => {
    started ??= (async () => {
      // LISTEN first, then read the newest id: an event committed in between is both counted
      // in the watermark and notified, never neither.
      stopListening = await database.listen(LIVE_CHANNEL, onPayload, schedule);
      const [row] = await database.db.select({ last: max(liveEvents.id) }).from(liveEvents);
      watermark = Math.max(watermark, row?.last ?? 0);
    })().catch((error: unknown) => {
      started = undefined;
      const stop = stopListening;
      stopListening = undefined;
      return (stop ? stop() : Promise.resolve()).then(() => {
        throw error;
      });
    });
    return started;
  };

  return {
    async subscribe(consumer) {
      if (closed) throw new Error('the live hub is closed');
      await start();
      consumers.add(consumer);
      return {
        position: watermark,
        unsubscribe: () => {
          consumers.delete(consumer);
        },
      };
    },
    async close() {
      closed = true;
      clearTimeout(retryTimer);
      consumers.clear();
      await started?.catch(() => undefined);
      await loading;
      await stopListening?.().catch(() => undefined);
    },
  };
}
