import { isLocale } from '@sanad/core';
import { and, eq, lte, or, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { jobs, notificationOutbox } from '../db/schema/index.ts';
import { DecryptionError } from '../platform/crypto/envelope.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';
import { newId } from '../platform/ids.ts';
import { enqueueJob } from '../platform/jobs/enqueue.ts';
import type { JobHandler, JobHandlers } from '../platform/jobs/types.ts';
import { NOTIFICATION_JOB } from './outbox.ts';
import { openRecipient } from './recipient.ts';
import {
  NOTIFICATION_TEMPLATES,
  renderNotification,
  type NotificationTemplate,
} from './templates.ts';
import {
  closeTransports,
  type OutgoingMessage,
  type SendResult,
  type Transports,
} from './transport.ts';

/**
 * How long a claim holds. Longer than any transport may take (SMTP gives up after 60 s, the SMS
 * gateway after 15 s), so a message still in a transport's hands is never claimed again; only a
 * node that died mid-send leaves a claim to run out, and its message is then sent again with the
 * same id.
 */
export const LEASE_MS = 3 * 60_000;
/** After this many attempts a message is `failed` (about 4 h 45 min after the first). */
export const MAX_SEND_ATTEMPTS = 7;
const BACKOFF_MS = [30_000, 2 * 60_000, 10 * 60_000, 30 * 60_000, 60 * 60_000, 3 * 60 * 60_000];

/** The wait after the n-th failed attempt: 30 s, 2 min, 10 min, 30 min, 1 h, 3 h. */
export function sendBackoffMs(attempt: number): number {
  const index = Math.min(Math.max(attempt, 1), BACKOFF_MS.length) - 1;
  return BACKOFF_MS[index] ?? 0;
}

export interface DeliveryDeps {
  /** The database itself, not a transaction: sending happens outside every transaction. */
  readonly db: Db;
  readonly keyring: Keyring;
  readonly transports: Transports;
  readonly log: Pick<Logger, 'info' | 'warn' | 'error'>;
}

/** What one delivery attempt did (`skipped`: someone else holds the message, or it is done). */
export type DeliveryOutcome = 'sent' | 'retry' | 'failed' | 'skipped';

export interface NotificationDelivery {
  /** Register with the job runner (`startJobRunner(db, { ...others, ...delivery.handlers })`). */
  readonly handlers: JobHandlers;
  /** Claims, sends and records one message now, if it is due; used by the job's handler. */
  deliver(id: string, now: Date): Promise<DeliveryOutcome>;
  /** Waits for the sends in hand (tests; shutdown). */
  drain(): Promise<void>;
  /** At shutdown, after the job runner has stopped: waits for the sends in hand, closes transports. */
  stop(): Promise<void>;
}

const payloadSchema = z.object({ notificationId: z.uuid() });

interface Claim {
  readonly id: string;
  readonly token: string;
  readonly attempts: number;
  readonly channel: 'email' | 'sms';
  readonly audience: 'staff' | 'survivor';
  readonly locale: string;
  readonly template: string;
  readonly params: Record<string, string | number>;
  readonly recipientEnc: Buffer | null;
}

const isTemplate = (value: string): value is NotificationTemplate =>
  (NOTIFICATION_TEMPLATES as readonly string[]).includes(value);

/**
 * Arms the message's job for `runAt`. One pending job per message (its singleton key): the
 * handler re-arms after the runner has marked the running job done, so this one fits.
 */
async function armJob(tx: Db, id: string, runAt: Date): Promise<void> {
  await enqueueJob(tx, {
    name: NOTIFICATION_JOB,
    payload: { notificationId: id },
    runAt,
    singletonKey: id,
  });
}

/**
 * The outbox's delivery, in three short steps so that no transaction is open while a provider
 * is being talked to (an SMS gateway may take seconds; the embedded database serialises every
 * transaction, a survivor's submission included):
 *
 * 1. The `notification.send` job's handler runs in the job runner's transaction. It locks the
 *    message, re-arms the message's job for when the claim it is about to make runs out (the
 *    watchdog), and hands the message to `deliver` — which proceeds only after that transaction
 *    ends: its first statement waits for the row lock (PostgreSQL) or for the transaction itself
 *    (the embedded database runs one at a time). A node that dies before claiming leaves the
 *    watchdog, which finds the message still pending.
 * 2. `deliver` claims the message (pending → sending, with a lease and a token) in one
 *    conditional UPDATE: of two nodes, one wins. It then renders the text, decrypts the
 *    recipient and calls the transport, outside any transaction.
 * 3. It records the outcome in one transaction, only if its claim still holds: sent (with the
 *    provider's id; the watchdog is cancelled), to retry (the job moved to the backoff's end),
 *    or failed.
 *
 * If the process dies between 2 and 3, the message stays `sending` until its lease runs out;
 * the watchdog job then finds it and sends it again with the same id, which the SMS gateway
 * receives as the same `Idempotency-Key` and an e-mail as the same `Message-ID`. A sent message
 * is never claimed again: only `pending` and expired `sending` messages can be claimed.
 */
export function createNotificationDelivery(deps: DeliveryDeps): NotificationDelivery {
  const { db, keyring, transports, log } = deps;
  const inFlight = new Set<Promise<unknown>>();

  const claim = async (id: string, now: Date): Promise<Claim | undefined> => {
    const [row] = await db
      .update(notificationOutbox)
      .set({
        state: 'sending',
        attempts: sql`${notificationOutbox.attempts} + 1`,
        leaseUntil: new Date(now.getTime() + LEASE_MS),
        claimToken: newId(),
      })
      .where(
        and(
          eq(notificationOutbox.id, id),
          or(
            and(
              eq(notificationOutbox.state, 'pending'),
              lte(notificationOutbox.nextAttemptAt, now),
            ),
            and(eq(notificationOutbox.state, 'sending'), lte(notificationOutbox.leaseUntil, now)),
          ),
        ),
      )
      .returning();
    if (!row || row.claimToken === null) return undefined;
    return {
      id: row.id,
      token: row.claimToken,
      attempts: row.attempts,
      channel: row.channel,
      audience: row.audience,
      locale: row.locale,
      template: row.template,
      params: row.params,
      recipientEnc: row.recipientEnc,
    };
  };

  /** The message for its transport, or the reason it can never be sent. */
  const prepare = async (
    message: Claim,
  ): Promise<OutgoingMessage | { outcome: 'failed'; code: string }> => {
    if (message.recipientEnc === null) return { outcome: 'failed', code: 'recipient_purged' };
    const { template, locale } = message;
    if (!isTemplate(template) || !isLocale(locale)) {
      return { outcome: 'failed', code: 'template_unknown' };
    }
    let rendered;
    try {
      rendered = renderNotification(template, locale, message.params);
    } catch {
      return { outcome: 'failed', code: 'template_params' };
    }
    let to: string;
    try {
      to = await openRecipient(db, keyring, message.id, message.recipientEnc);
    } catch (error) {
      if (error instanceof DecryptionError)
        return { outcome: 'failed', code: 'recipient_unreadable' };
      throw error;
    }
    return {
      id: message.id,
      channel: message.channel,
      audience: message.audience,
      template,
      to,
      subject: rendered.subject,
      text: rendered.text,
    };
  };

  /** Records the outcome if the claim still holds; false when another node took it over. */
  const record = (message: Claim, transport: string, result: SendResult, at: Date) =>
    db.transaction(async (tx) => {
      // The job first, then the message: the order the job runner locks them in, so a record
      // and a handler of the same message never wait on each other in a cycle.
      const [job] = await tx
        .select({ id: jobs.id })
        .from(jobs)
        .where(
          and(
            eq(jobs.name, NOTIFICATION_JOB),
            eq(jobs.singletonKey, message.id),
            eq(jobs.state, 'pending'),
          ),
        )
        .for('update');
      const retryAt =
        result.outcome === 'retry' && message.attempts < MAX_SEND_ATTEMPTS
          ? new Date(at.getTime() + sendBackoffMs(message.attempts))
          : undefined;
      const outcome =
        result.outcome === 'sent'
          ? ({
              state: 'sent',
              providerId: result.providerId,
              lastError: null,
              finishedAt: at,
            } as const)
          : retryAt !== undefined
            ? ({ state: 'pending', nextAttemptAt: retryAt, lastError: result.code } as const)
            : ({ state: 'failed', lastError: result.code, finishedAt: at } as const);
      const updated = await tx
        .update(notificationOutbox)
        .set({ ...outcome, transport, leaseUntil: null, claimToken: null })
        .where(
          and(
            eq(notificationOutbox.id, message.id),
            eq(notificationOutbox.claimToken, message.token),
            eq(notificationOutbox.state, 'sending'),
          ),
        )
        .returning({ id: notificationOutbox.id });
      if (updated.length === 0) return false;
      if (retryAt !== undefined) {
        if (job) await tx.update(jobs).set({ runAt: retryAt }).where(eq(jobs.id, job.id));
        else await armJob(tx, message.id, retryAt);
      } else if (job) {
        await tx
          .update(jobs)
          .set({ state: 'cancelled', finishedAt: at })
          .where(eq(jobs.id, job.id));
      }
      return true;
    });

  const deliver = async (id: string, now: Date): Promise<DeliveryOutcome> => {
    const message = await claim(id, now);
    if (!message) return 'skipped';
    const transport = transports[message.channel];
    const started = performance.now();
    const prepared = await prepare(message);
    let result: SendResult;
    if ('outcome' in prepared) {
      result = prepared;
    } else {
      try {
        result = await transport.send(prepared);
      } catch {
        // A transport that throws instead of answering: its error may quote the address.
        result = { outcome: 'retry', code: 'transport_error' };
      }
    }
    const at = new Date(now.getTime() + Math.round(performance.now() - started));
    const kept = await record(message, transport.name, result, at);
    const context = {
      notificationId: id,
      template: message.template,
      channel: message.channel,
      transport: transport.name,
      attempt: message.attempts,
      ...(result.outcome === 'sent' ? {} : { errorCode: result.code }),
    };
    if (!kept) {
      log.warn(context, 'notification claim ran out before its outcome was recorded');
      return 'skipped';
    }
    if (result.outcome === 'sent') {
      log.info(context, 'notification sent');
      return 'sent';
    }
    if (result.outcome === 'retry' && message.attempts < MAX_SEND_ATTEMPTS) {
      log.warn(context, 'notification not sent; it will be retried');
      return 'retry';
    }
    log.error(context, 'notification failed for good');
    return 'failed';
  };

  const start = (id: string, now: Date): void => {
    const running: Promise<unknown> = deliver(id, now)
      .catch((error: unknown) => {
        // Nothing was recorded: the claim runs out and the watchdog job tries again.
        log.error({ notificationId: id, err: error }, 'notification delivery failed; will retry');
      })
      .finally(() => inFlight.delete(running));
    inFlight.add(running);
  };

  const handler: JobHandler = async (tx, job, now) => {
    const { notificationId: id } = payloadSchema.parse(job.payload);
    const [row] = await tx
      .select({
        state: notificationOutbox.state,
        attempts: notificationOutbox.attempts,
        nextAttemptAt: notificationOutbox.nextAttemptAt,
        leaseUntil: notificationOutbox.leaseUntil,
      })
      .from(notificationOutbox)
      .where(eq(notificationOutbox.id, id))
      .for('update');
    if (!row || row.state === 'sent' || row.state === 'failed') return;
    const dueAt = row.state === 'pending' ? row.nextAttemptAt : (row.leaseUntil ?? now);
    if (dueAt > now) {
      await armJob(tx, id, dueAt);
      return;
    }
    if (row.state === 'sending' && row.attempts >= MAX_SEND_ATTEMPTS) {
      // Its last attempt died mid-send: not tried again, so a message that brings its node down
      // cannot do so forever.
      await tx
        .update(notificationOutbox)
        .set({
          state: 'failed',
          lastError: 'interrupted',
          finishedAt: now,
          leaseUntil: null,
          claimToken: null,
        })
        .where(eq(notificationOutbox.id, id));
      log.error(
        { notificationId: id },
        'notification failed for good: its last attempt was cut short',
      );
      return;
    }
    await armJob(tx, id, new Date(now.getTime() + LEASE_MS));
    start(id, now);
  };

  const drain = async (): Promise<void> => {
    while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
  };

  return {
    handlers: { [NOTIFICATION_JOB]: handler },
    deliver,
    drain,
    async stop() {
      await drain();
      await closeTransports(transports);
    },
  };
}
