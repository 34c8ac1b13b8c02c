import type { Actor } from '@sanad/core';
import type { FastifyBaseLogger } from 'fastify';
import { PassThrough } from 'node:stream';
import type { Db } from '../db/database.ts';
import { findSignedIn } from '../identity/sessions.ts';
import type { LiveEventRow, LiveHub } from '../platform/events/hub.ts';
import { eventsSince, markOnDuty } from './queries.ts';
import { canSeeEvent } from './visibility.ts';

export interface LiveTimings {
  /** A comment line keeps proxies from closing an idle stream; the session is checked then too. */
  readonly heartbeatMs: number;
  /** How often an open stream marks its staff member on duty (on duty = seen within 60 s). */
  readonly presenceMs: number;
}

export const DEFAULT_LIVE_TIMINGS: LiveTimings = { heartbeatMs: 15_000, presenceMs: 20_000 };

/** A console this far behind is cut off; it reconnects and replays from its last event id. */
const MAX_BUFFERED_BYTES = 512 * 1024;

/** One Server-Sent Events frame; the data is one JSON line, so no escaping is needed. */
export function frame(id: number, event: string, data: unknown): string {
  return `id: ${String(id)}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** The event as the console reads it (README, "Live events"): no audience or place, only what it shows. */
export function eventFrame(row: LiveEventRow): string {
  return frame(row.id, row.kind, {
    id: row.id,
    kind: row.kind,
    caseId: row.caseId,
    at: row.createdAt.toISOString(),
    payload: row.payload,
  });
}

export interface LiveStreamRequest {
  readonly db: Db;
  readonly hub: LiveHub;
  readonly actor: Actor;
  readonly sessionToken: string;
  /** From `Last-Event-ID`: replay what the actor may see after it. */
  readonly lastEventId: number | undefined;
  readonly timings: LiveTimings;
  readonly log: FastifyBaseLogger;
}

/**
 * Opens one console's stream: subscribes to the hub first (live events wait in a buffer), marks
 * the staff member on duty, replays what was missed, says `ready`, then goes live. Events seen
 * in the replay are not sent twice. Resolves before anything is sent, so a failure up to here
 * is an ordinary error answer. The stream ends when the session does (signed out, idle too
 * long, account disabled): the console's reconnection then meets a 401 and signs in again —
 * the stream itself never refreshes the session.
 */
export async function openLiveStream(request: LiveStreamRequest): Promise<PassThrough> {
  const { db, hub, actor, timings, log } = request;
  const stream = new PassThrough();
  const write = (text: string): void => {
    if (stream.destroyed || stream.writableEnded) return;
    if (stream.writableLength > MAX_BUFFERED_BYTES) {
      log.warn('live stream client too slow; closing it so it reconnects and replays');
      stream.destroy();
      return;
    }
    stream.write(text);
  };

  let buffered: LiveEventRow[] | undefined = [];
  const sent = new Set<number>();
  const subscription = await hub.subscribe((row) => {
    if (!canSeeEvent(actor, row)) return;
    if (buffered) buffered.push(row);
    else write(eventFrame(row));
  });
  const timers: NodeJS.Timeout[] = [];
  stream.once('close', () => {
    subscription.unsubscribe();
    for (const timer of timers) clearInterval(timer);
  });

  try {
    await markOnDuty(db, actor.id);
    let readyId = Math.max(subscription.position, request.lastEventId ?? 0);
    if (request.lastEventId !== undefined) {
      for (const row of await eventsSince(db, actor, request.lastEventId)) {
        write(eventFrame(row));
        sent.add(row.id);
        readyId = Math.max(readyId, row.id);
      }
    }
    write(frame(readyId, 'ready', { lastEventId: readyId }));
    const waiting = buffered;
    buffered = undefined;
    for (const row of waiting) if (!sent.has(row.id)) write(eventFrame(row));
  } catch (error) {
    stream.destroy();
    throw error;
  }

  // Destroyed already (too slow during the replay): its close handler has run, add nothing.
  if (stream.destroyed) return stream;
  timers.push(
    setInterval(() => {
      write(': ping\n\n');
      void sessionStillLive(db, request.sessionToken).then(
        (live) => {
          if (!live) stream.end();
        },
        (error: unknown) => {
          log.warn({ err: error }, 'could not check the session of a live stream');
        },
      );
    }, timings.heartbeatMs),
    setInterval(() => {
      markOnDuty(db, actor.id).catch((error: unknown) => {
        log.warn({ err: error }, 'could not refresh on-duty presence');
      });
    }, timings.presenceMs),
  );
  return stream;
}

async function sessionStillLive(db: Db, token: string): Promise<boolean> {
  const signedIn = await findSignedIn(db, token, new Date());
  return signedIn !== undefined && signedIn.user.disabledAt === null;
}
