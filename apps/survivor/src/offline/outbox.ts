import { isFinalRefusal, type Outcome } from '../api/client.ts';
import type { Receipt, Submission } from '../api/types.ts';

/**
 * The offline outbox: reports and support requests made without a network, sent when it
 * returns, exactly once.
 *
 * Exactly once rests on the server: each entry keeps the Idempotency-Key it was first sent with,
 * and a repeat with the same key answers the same receipt without creating a second case. So a
 * response lost on the way back (the phone went offline after the server committed) is simply
 * sent again. An entry leaves the queue only after a 201; a refusal that can never succeed (a 4xx
 * other than 408/429) is kept, marked "could not be sent", so she knows and can dismiss it.
 *
 * After a 201 the request itself is dropped and only the receipt (code and secret) is kept —
 * sealed like everything else — until she says she has noted it: otherwise a request sent in the
 * background would leave her with no way to follow it.
 */
export type OutboxEntry =
  | {
      readonly id: string;
      readonly createdAt: number;
      readonly state: 'pending';
      readonly submission: Submission;
    }
  | {
      readonly id: string;
      readonly createdAt: number;
      readonly state: 'failed';
      readonly submission: Submission;
      readonly message: string;
    }
  | {
      readonly id: string;
      readonly createdAt: number;
      readonly state: 'delivered';
      readonly endpoint: Submission['endpoint'];
      readonly receipt: Receipt;
    };

/** Encrypts and decrypts entries; `context` (the entry id) binds a ciphertext to its slot. */
export interface Sealer {
  seal(plain: Uint8Array, context: string): Promise<Uint8Array>;
  open(sealed: Uint8Array, context: string): Promise<Uint8Array>;
}

/** Where sealed entries live (IndexedDB in the browser, a Map in tests). */
export interface SealedStore {
  all(): Promise<readonly { readonly id: string; readonly sealed: Uint8Array }[]>;
  put(id: string, sealed: Uint8Array): Promise<void>;
  remove(id: string): Promise<void>;
}

export type Send = (submission: Submission, key: string) => Promise<Outcome<Receipt>>;

/** Runs `task` alone across tabs when the browser can (Web Locks), else just runs it. */
export type Exclusive = <T>(task: () => Promise<T>) => Promise<T>;

export interface FlushSummary {
  readonly delivered: number;
  readonly failed: number;
  readonly waiting: number;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class Outbox {
  private running: Promise<FlushSummary> | undefined;
  private readonly store: SealedStore;
  private readonly sealer: Sealer;
  private readonly exclusive: Exclusive;
  private readonly now: () => number;

  constructor(
    store: SealedStore,
    sealer: Sealer,
    exclusive: Exclusive = (task) => task(),
    now: () => number = Date.now,
  ) {
    this.store = store;
    this.sealer = sealer;
    this.exclusive = exclusive;
    this.now = now;
  }

  private async write(entry: OutboxEntry): Promise<void> {
    const sealed = await this.sealer.seal(encoder.encode(JSON.stringify(entry)), entry.id);
    await this.store.put(entry.id, sealed);
  }

  /** Queues a submission under the key it was (or will be) sent with. */
  async add(submission: Submission, key: string): Promise<void> {
    await this.write({ id: key, createdAt: this.now(), state: 'pending', submission });
  }

  /** Every entry that can still be opened, oldest first. One that cannot (key lost) is dropped. */
  async entries(): Promise<OutboxEntry[]> {
    const found: OutboxEntry[] = [];
    for (const { id, sealed } of await this.store.all()) {
      try {
        const entry = JSON.parse(decoder.decode(await this.sealer.open(sealed, id))) as OutboxEntry;
        if (entry.id === id) found.push(entry);
        else await this.store.remove(id);
      } catch {
        // Unreadable without its key (storage copied elsewhere, key wiped): useless, remove it.
        await this.store.remove(id);
      }
    }
    return found.sort((a, b) => a.createdAt - b.createdAt);
  }

  /** Forgets an entry: a receipt she has noted, or a failure she has read. */
  async dismiss(id: string): Promise<void> {
    await this.store.remove(id);
  }

  /**
   * Sends every pending entry once. Calls made while a flush runs share it, so the online event
   * and the start-up flush never send the same entry twice at once (and if they did, the key
   * would still make the second harmless).
   */
  flush(send: Send): Promise<FlushSummary> {
    this.running ??= this.exclusive(() => this.flushNow(send)).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async flushNow(send: Send): Promise<FlushSummary> {
    const pending = (await this.entries()).filter((entry) => entry.state === 'pending');
    let delivered = 0;
    let failed = 0;
    for (const entry of pending) {
      const outcome = await send(entry.submission, entry.id);
      if (outcome.kind === 'ok') {
        const { trackingCode, secret } = outcome.data;
        await this.write({
          id: entry.id,
          createdAt: entry.createdAt,
          state: 'delivered',
          endpoint: entry.submission.endpoint,
          receipt: { trackingCode, secret },
        });
        delivered += 1;
      } else if (isFinalRefusal(outcome)) {
        const message = outcome.kind === 'refused' ? outcome.error.message : '';
        await this.write({ ...entry, state: 'failed', message });
        failed += 1;
      } else if (outcome.kind === 'unreachable') {
        // No network again: the rest would fail the same way; all of them wait for next time.
        break;
      }
    }
    return { delivered, failed, waiting: pending.length - delivered - failed };
  }
}
