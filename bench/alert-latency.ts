// How fast an emergency reaches a listener's screen: from the 201 the survivor's phone receives
// to the `alert.urgent` event on a console's live stream, while other reports keep arriving.
import autocannon, { type Instance } from 'autocannon';
import { randomBytes } from 'node:crypto';

const CONSENTS = { care: true, sharing: false, statistics: true, location: false };
const URGENT = { kind: 'urgent', language: 'fr', consents: CONSENTS };
/** A plain report with no danger signs: queued (an event for the console) but no alert. */
const ORDINARY = { kind: 'violence', language: 'fr', consents: CONSENTS };
const ALERT_TIMEOUT_MS = 10_000;

export interface AlertLatency {
  p50: number;
  p99: number;
  count: number;
  /** Background reports accepted per second while the alerts were measured. */
  backgroundRps: number;
  problems: string[];
}

const newKey = () => randomBytes(18).toString('base64url');

/** A listener's live stream: counts `alert.urgent` events and records when each arrived. */
async function openListenerStream(baseUrl: string, cookie: string, signal: AbortSignal) {
  const response = await fetch(`${baseUrl}/api/v1/console/events`, {
    headers: { cookie, accept: 'text/event-stream' },
    signal,
  });
  if (response.status !== 200 || !response.body) {
    throw new Error(`live stream answered HTTP ${String(response.status)}`);
  }
  const alerts: number[] = [];
  let ready = false;
  let wake = () => {};
  const changed = () => new Promise<void>((resolve) => (wake = resolve));
  void (async () => {
    const decoder = new TextDecoder();
    let text = '';
    try {
      for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
        const at = performance.now();
        text += decoder.decode(chunk, { stream: true });
        let end = text.indexOf('\n\n');
        while (end >= 0) {
          const frame = text.slice(0, end);
          if (frame.includes('\nevent: alert.urgent\n')) alerts.push(at);
          if (frame.includes('\nevent: ready\n')) ready = true;
          text = text.slice(end + 2);
          end = text.indexOf('\n\n');
        }
        wake();
      }
    } catch {
      // aborted at the end of the measurement
    }
  })();
  return {
    alerts,
    async until(check: () => boolean, timeoutMs: number): Promise<boolean> {
      const deadline = performance.now() + timeoutMs;
      while (!check()) {
        const left = deadline - performance.now();
        if (left <= 0) return false;
        await Promise.race([changed(), new Promise((resolve) => setTimeout(resolve, left))]);
      }
      return true;
    },
    isReady: () => ready,
  };
}

/** Ordinary reports from `connections` clients, each with its own Idempotency-Key. */
function backgroundLoad(baseUrl: string, durationSeconds: number, connections: number) {
  return autocannon({
    url: baseUrl,
    connections,
    duration: durationSeconds,
    requests: [
      {
        method: 'POST',
        path: '/api/v1/public/reports',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(ORDINARY),
        setupRequest: (request) => ({
          ...request,
          headers: { ...request.headers, 'idempotency-key': newKey() },
        }),
      },
    ],
  });
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

/**
 * Submits `count` urgent reports one after another under background load and measures, for
 * each, 201 received → alert received. An alert can beat the 201 to the client (the event is
 * announced at commit, the answer follows): that counts as 0 ms.
 */
export async function measureAlertLatency(
  baseUrl: string,
  cookie: string,
  options: { count: number; backgroundConnections: number },
): Promise<AlertLatency> {
  const abort = new AbortController();
  const problems: string[] = [];
  const latencies: number[] = [];
  const stream = await openListenerStream(baseUrl, cookie, abort.signal);
  let load: Instance | undefined;
  try {
    if (!(await stream.until(stream.isReady, ALERT_TIMEOUT_MS))) {
      throw new Error('live stream never said ready');
    }
    // Alerts are counted, not matched: the background reports must not raise any.
    const probe = await fetch(`${baseUrl}/api/v1/public/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': newKey() },
      body: JSON.stringify(ORDINARY),
    });
    const { urgency } = (await probe.json()) as { urgency?: string };
    if (urgency === 'emergency') throw new Error('the background report is an emergency');
    // Long enough to outlast the urgent reports; stopped as soon as they are done.
    load = backgroundLoad(baseUrl, 120, options.backgroundConnections);
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (let i = 1; i <= options.count; i += 1) {
      const response = await fetch(`${baseUrl}/api/v1/public/reports`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': newKey() },
        body: JSON.stringify(URGENT),
      });
      const accepted = performance.now();
      await response.arrayBuffer();
      if (response.status !== 201) {
        problems.push(`urgent report ${String(i)} answered HTTP ${String(response.status)}`);
        break;
      }
      if (!(await stream.until(() => stream.alerts.length >= i, ALERT_TIMEOUT_MS))) {
        problems.push(`alert ${String(i)} not received within ${String(ALERT_TIMEOUT_MS)} ms`);
        break;
      }
      latencies.push(Math.max(0, (stream.alerts[i - 1] ?? accepted) - accepted));
    }
  } finally {
    abort.abort();
    // Stopped early, the load resolves with what it measured so far.
    load?.stop();
  }
  const background = await load;
  if (background.non2xx > 0) {
    problems.push(`${String(background.non2xx)} background reports refused`);
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    count: latencies.length,
    backgroundRps: background.requests.average,
    problems,
  };
}
