// A console's live stream read over plain HTTP, the way a browser's EventSource would: every
// event is kept with the moment it arrived, so a scenario can count deliveries and time them.

export interface ReceivedEvent {
  readonly id: number;
  readonly kind: string;
  readonly caseId: string | null;
  readonly payload: Record<string, unknown>;
  /** `performance.now()` when its frame was read off the socket. */
  readonly receivedAt: number;
}

export interface LiveListener {
  readonly events: ReceivedEvent[];
  /** Resolves once `predicate` holds over the events received, or rejects after `timeoutMs`. */
  waitFor(
    predicate: (events: readonly ReceivedEvent[]) => boolean,
    timeoutMs: number,
  ): Promise<void>;
  close(): void;
}

interface Frame {
  readonly id: number;
  readonly event: string;
  readonly data: string;
}

function parseFrame(block: string): Frame | undefined {
  let id = Number.NaN;
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'id') id = Number(value);
    else if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  return data.length === 0 ? undefined : { id, event, data: data.join('\n') };
}

/** Opens `/api/v1/console/events` with `cookie`; resolves once the server has said `ready`. */
export async function openLiveListener(
  baseUrl: string,
  cookie: string,
  readyTimeoutMs = 10_000,
): Promise<LiveListener> {
  const controller = new AbortController();
  const response = await fetch(`${baseUrl}/api/v1/console/events`, {
    headers: { cookie, accept: 'text/event-stream' },
    signal: controller.signal,
  });
  if (response.status !== 200 || response.body === null) {
    controller.abort();
    throw new Error(`live stream answered ${String(response.status)}: ${await response.text()}`);
  }
  const events: ReceivedEvent[] = [];
  const waiters = new Set<() => void>();
  // An object, not a `let`: it changes in the reading loop, out of the compiler's sight.
  const state = { ready: false };
  let ended: Error | undefined;
  const notify = () => {
    for (const waiter of waiters) waiter();
  };

  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end = buffer.indexOf('\n\n');
        while (end !== -1) {
          const frame = parseFrame(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf('\n\n');
          if (frame === undefined) continue;
          if (frame.event === 'ready') {
            state.ready = true;
          } else {
            const data = JSON.parse(frame.data) as {
              caseId?: string | null;
              payload?: Record<string, unknown>;
            };
            events.push({
              id: frame.id,
              kind: frame.event,
              caseId: data.caseId ?? null,
              payload: data.payload ?? {},
              receivedAt: performance.now(),
            });
          }
        }
        notify();
      }
      ended = new Error('the live stream ended');
    } catch (error) {
      ended = error instanceof Error ? error : new Error(String(error));
    }
    notify();
  })();

  const waitFor: LiveListener['waitFor'] = (predicate, timeoutMs) =>
    new Promise((resolve, reject) => {
      const check = () => {
        if (predicate(events)) {
          finish();
          resolve();
        } else if (ended !== undefined && !controller.signal.aborted) {
          finish();
          reject(ended);
        }
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`live stream: condition not met within ${String(timeoutMs)} ms`));
      }, timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        waiters.delete(check);
      };
      waiters.add(check);
      check();
    });

  const listener: LiveListener = {
    events,
    waitFor,
    close: () => {
      controller.abort();
    },
  };
  const deadline = Date.now() + readyTimeoutMs;
  while (!state.ready) {
    if (ended !== undefined) throw ended;
    if (Date.now() > deadline) {
      controller.abort();
      throw new Error('the live stream never said ready');
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return listener;
}
