import { describe, expect, it } from 'vitest';
import { openLiveStream, type EventSourceLike, type LiveSignal } from './live-stream.ts';

/** A fake EventSource the test drives: deliver events, fail, or refuse like a real one. */
class FakeSource implements EventSourceLike {
  readyState = 0;
  onerror: ((event: Event) => void) | null = null;
  onopen: ((event: Event) => void) | null = null;
  closed = false;
  private readonly listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>();
  readonly url: string;
  constructor(url: string) {
    this.url = url;
  }
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close(): void {
    this.closed = true;
    this.readyState = 2;
  }
  emit(type: string, data: unknown): void {
    const event = new MessageEvent<string>(type, { data: JSON.stringify(data) });
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
  fail(closed: boolean): void {
    this.readyState = closed ? 2 : 0;
    this.onerror?.(new Event('error'));
  }
}

function setUp() {
  const sources: FakeSource[] = [];
  const signals: LiveSignal[] = [];
  const stream = openLiveStream({
    url: '/api/v1/console/events',
    onSignal: (signal) => signals.push(signal),
    createSource: (url) => {
      const source = new FakeSource(url);
      sources.push(source);
      return source;
    },
    retryDelayMs: () => 0,
  });
  const event = (id: number, kind = 'case.queued') => ({
    id,
    kind,
    caseId: 'c1',
    at: '2026-11-22T10:00:00Z',
    payload: { urgency: 'emergency' },
  });
  return { sources, signals, stream, event };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('live stream', () => {
  it('passes on well-formed events once, and says when the replay is done', () => {
    const { sources, signals, event } = setUp();
    const source = sources[0];
    if (!source) throw new Error('no source');
    source.emit('case.queued', event(3));
    source.emit('case.queued', event(3)); // a repeat
    source.emit('alert.urgent', { nonsense: true });
    source.emit('ready', { lastEventId: 3 });
    const kinds = signals.map((s) => (s.type === 'event' ? s.event.id : s.type));
    expect(kinds).toEqual(['status', 3, 'status', 'ready']);
    expect(signals.at(-1)).toEqual({ type: 'ready', reconnected: false });
  });

  it('lets the browser reconnect by itself, then flags the next ready as a reconnection', () => {
    const { sources, signals } = setUp();
    const source = sources[0];
    if (!source) throw new Error('no source');
    source.emit('ready', { lastEventId: 7 });
    source.fail(false);
    expect(sources).toHaveLength(1);
    source.emit('ready', { lastEventId: 7 });
    expect(signals.filter((s) => s.type === 'ready')).toEqual([
      { type: 'ready', reconnected: false },
      { type: 'ready', reconnected: true },
    ]);
  });

  it('opens a new connection after a refusal, naming the last event seen', async () => {
    const { sources, event, stream } = setUp();
    sources[0]?.emit('case.claimed', event(41, 'case.claimed'));
    sources[0]?.fail(true);
    await tick();
    expect(sources).toHaveLength(2);
    expect(sources[1]?.url).toBe('/api/v1/console/events?lastEventId=41');
    stream.close();
    expect(sources[1]?.closed).toBe(true);
  });

  it('passes on referral events apart from case events, in one sequence of ids', () => {
    const { sources, signals, event } = setUp();
    const source = sources[0];
    if (!source) throw new Error('no source');
    const referral = (id: number, kind: string, payload: Record<string, unknown>) => ({
      id,
      kind,
      caseId: null,
      at: '2026-11-22T10:00:00Z',
      payload,
    });
    source.emit('case.queued', event(5));
    source.emit(
      'referral.received',
      referral(6, 'referral.received', { referralId: 'r1', urgency: 'emergency' }),
    );
    source.emit('referral.updated', referral(6, 'referral.updated', { referralId: 'r1' }));
    source.emit('referral.updated', referral(7, 'referral.updated', { status: 'sent' }));
    source.emit(
      'referral.overdue',
      referral(8, 'referral.overdue', { referralId: 'r1', stage: 'acknowledge' }),
    );
    const seen = signals.flatMap((s) =>
      s.type === 'event' || s.type === 'referral' ? [[s.type, s.event.id]] : [],
    );
    expect(seen).toEqual([
      ['event', 5],
      ['referral', 6],
      ['referral', 8],
    ]);
    const last = signals.at(-1);
    expect(last?.type === 'referral' ? last.event.referralId : undefined).toBe('r1');
  });
});
