import type { FastifyInstance } from 'fastify';
import { SESSION_COOKIE } from '../identity/cookies.ts';

/** One Server-Sent Events frame as a browser's EventSource would see it (comments included). */
export interface SseFrame {
  readonly id: string | undefined;
  /** `message` when unnamed; `comment` for a `: …` line. */
  readonly event: string;
  readonly data: string;
}

export interface SseClient {
  readonly status: number;
  readonly headers: Headers;
  readonly frames: SseFrame[];
  /** Resolves with the first frame (from `from` on) that matches, or rejects after `timeoutMs`. */
  waitFor(
    match: (frame: SseFrame) => boolean,
    timeoutMs?: number,
    from?: number,
  ): Promise<SseFrame>;
  /** Resolves when the server ends the stream. */
  readonly ended: Promise<void>;
  close(): void;
}

/** Starts the app on a free loopback port (SSE needs real HTTP: `inject` waits for the end). */
export async function listenOnLoopback(app: FastifyInstance): Promise<string> {
  return app.listen({ port: 0, host: '127.0.0.1' });
}

function parseFrame(block: string): SseFrame {
  let id: string | undefined;
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':'))
      return { id: undefined, event: 'comment', data: line.slice(1).trim() };
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'id') id = value;
    else if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  return { id, event, data: data.join('\n') };
}

/** Opens the console's live stream over real HTTP, as a signed-in staff member (or not). */
export async function connectSse(
  baseUrl: string,
  options: { token?: string; lastEventId?: number; query?: string } = {},
): Promise<SseClient> {
  const abort = new AbortController();
  const headers: Record<string, string> = { accept: 'text/event-stream' };
  if (options.token !== undefined) headers.cookie = `${SESSION_COOKIE}=${options.token}`;
  if (options.lastEventId !== undefined) headers['last-event-id'] = String(options.lastEventId);
  const response = await fetch(`${baseUrl}/api/v1/console/events${options.query ?? ''}`, {
    headers,
    signal: abort.signal,
  });
  const frames: SseFrame[] = [];
  const waiters = new Set<() => void>();
  const notify = () => {
    for (const waiter of waiters) waiter();
  };
  const ended = (async () => {
    if (!response.body) return;
    const decoder = new TextDecoder();
    let text = '';
    try {
      for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
        text += decoder.decode(chunk, { stream: true });
        let end = text.indexOf('\n\n');
        while (end >= 0) {
          frames.push(parseFrame(text.slice(0, end)));
          text = text.slice(end + 2);
          end = text.indexOf('\n\n');
        }
        notify();
      }
    } catch {
      // aborted by close()
    }
  })();
  return {
    status: response.status,
    headers: response.headers,
    frames,
    ended,
    close: () => {
      abort.abort();
    },
    waitFor(match, timeoutMs = 2_000, from = 0) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = frames.slice(from).find(match);
          if (!found) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching frame within ${String(timeoutMs)} ms`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
}

/** The parsed `data` of an event frame. */
export const dataOf = (frame: SseFrame): Record<string, unknown> =>
  JSON.parse(frame.data) as Record<string, unknown>;
