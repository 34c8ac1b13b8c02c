import {
  LIVE_EVENT_KINDS,
  parseLiveEvent,
  parseReady,
  parseReferralEvent,
  REFERRAL_EVENT_KINDS,
  type LiveEvent,
  type ReferralEvent,
} from './live-events.ts';

/** What the stream tells the console: an event, the end of a (re)connection, or its state. */
export type LiveSignal =
  | { readonly type: 'event'; readonly event: LiveEvent }
  /** A referral moved (issue #6): received, updated, overdue, sent without consent. */
  | { readonly type: 'referral'; readonly event: ReferralEvent }
  /**
   * Replay done; live events follow. `reconnected` after the first connection: whatever the
   * replay could not carry (more than 24 h, a list's order) is safer refetched.
   */
  | { readonly type: 'ready'; readonly reconnected: boolean }
  | { readonly type: 'status'; readonly status: LiveStatus };

export type LiveStatus = 'connecting' | 'live' | 'reconnecting';

/** The part of `EventSource` the stream uses, so tests can drive it. */
export interface EventSourceLike {
  readonly readyState: number;
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  onerror: ((event: Event) => void) | null;
  onopen: ((event: Event) => void) | null;
  close(): void;
}

export interface LiveStreamOptions {
  readonly url: string;
  readonly onSignal: (signal: LiveSignal) => void;
  readonly createSource?: (url: string) => EventSourceLike;
  /** Wait before opening a new connection after the browser gave up (attempt 1, 2, …). */
  readonly retryDelayMs?: (attempt: number) => number;
}

const CLOSED = 2;

const defaultDelay = (attempt: number) => Math.min(30_000, 1_000 * 2 ** Math.min(attempt - 1, 5));

/**
 * Listens to the console's event stream and never stays down. While the connection drops and
 * comes back, the browser reconnects by itself and sends `Last-Event-ID`, so the server replays
 * what was missed. When the browser gives up (the server answered an error, e.g. during a
 * restart), a new connection is opened after a growing wait, naming the last event seen in
 * `?lastEventId=` (a new `EventSource` cannot set the header). Events already seen are dropped.
 */
export function openLiveStream(options: LiveStreamOptions): { close: () => void } {
  const create =
    options.createSource ??
    ((url: string): EventSourceLike => new EventSource(url, { withCredentials: true }));
  const delay = options.retryDelayMs ?? defaultDelay;
  let lastEventId: number | undefined;
  let source: EventSourceLike | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let attempts = 0;
  let readyOnce = false;
  let closed = false;

  const signal = (value: LiveSignal) => {
    if (!closed) options.onSignal(value);
  };

  const connect = () => {
    const url =
      lastEventId === undefined
        ? options.url
        : `${options.url}?lastEventId=${encodeURIComponent(String(lastEventId))}`;
    const current = create(url);
    source = current;
    signal({ type: 'status', status: readyOnce ? 'reconnecting' : 'connecting' });

    for (const kind of LIVE_EVENT_KINDS) {
      current.addEventListener(kind, (message) => {
        const event = parseLiveEvent(message.data);
        if (!event || (lastEventId !== undefined && event.id <= lastEventId)) return;
        lastEventId = event.id;
        signal({ type: 'event', event });
      });
    }
    for (const kind of REFERRAL_EVENT_KINDS) {
      current.addEventListener(kind, (message) => {
        const event = parseReferralEvent(message.data);
        if (!event || (lastEventId !== undefined && event.id <= lastEventId)) return;
        lastEventId = event.id;
        signal({ type: 'referral', event });
      });
    }
    current.addEventListener('ready', (message) => {
      const id = parseReady(message.data);
      if (id !== undefined && (lastEventId === undefined || id > lastEventId)) lastEventId = id;
      attempts = 0;
      signal({ type: 'status', status: 'live' });
      signal({ type: 'ready', reconnected: readyOnce });
      readyOnce = true;
    });
    current.onerror = () => {
      if (closed || source !== current) return;
      signal({ type: 'status', status: 'reconnecting' });
      if (current.readyState !== CLOSED) return; // the browser is reconnecting by itself
      current.close();
      attempts += 1;
      retryTimer = setTimeout(connect, delay(attempts));
    };
  };

  connect();
  return {
    close() {
      closed = true;
      if (retryTimer !== undefined) clearTimeout(retryTimer);
      source?.close();
    },
  };
}
