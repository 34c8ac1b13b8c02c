// The outbox of report-load.ts, with every answer written down (when it was sent and answered,
// its status, its Retry-After and error code), so a scenario can say what the server told its
// clients in each phase of an outage. Retries come quickly on purpose, whatever Retry-After
// says: the point is to probe the server as often as possible while its database is away.
import type { Acknowledgement, PlannedReport } from './report-load.ts';

export interface Answer {
  /** performance.now() when the attempt left and when it ended. */
  readonly sentAt: number;
  readonly endedAt: number;
  /** HTTP status, or undefined when no answer came (refused, reset, timed out). */
  readonly status: number | undefined;
  readonly retryAfter: string | null;
  /** What is wrong with a refusal's body (not the error envelope, wrong code); undefined if fine. */
  readonly envelopeProblem: string | undefined;
  readonly detail: string;
}

interface OutageSendOptions {
  readonly url: string;
  readonly senders: number;
  readonly attemptTimeoutMs: number;
  readonly giveUpAfterMs: number;
  readonly onAcknowledged?: (count: number, at: number) => void;
}

/** Checks a 503 is the catalogued `service_unavailable` envelope. */
function envelopeProblemOf(text: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return `not JSON: ${text.slice(0, 200)}`;
  }
  const error = (parsed as { error?: Record<string, unknown> } | null)?.error;
  if (error?.['code'] !== 'service_unavailable') return `code is not service_unavailable: ${text}`;
  if (error['messageKey'] !== 'errors.service_unavailable') return `wrong messageKey: ${text}`;
  if (typeof error['message'] !== 'string' || typeof error['requestId'] !== 'string') {
    return `incomplete envelope: ${text}`;
  }
  if (/\bat .+:\d+:\d+/.test(text)) return `stack trace in the answer: ${text}`;
  return undefined;
}

/** Sends every report until a 201, `senders` at a time; each attempt's answer is recorded. */
export async function sendThroughOutage(
  reports: readonly PlannedReport[],
  options: OutageSendOptions,
): Promise<{ answers: Answer[]; acknowledgements: Acknowledgement[]; abandoned: string[] }> {
  const answers: Answer[] = [];
  const acknowledgements: Acknowledgement[] = [];
  const abandoned: string[] = [];
  let next = 0;
  // The server is meant to answer throughout; once it has not, more attempts only hide why.
  let serverGone = false;

  const sendOne = async (report: PlannedReport) => {
    const giveUpAt = Date.now() + options.giveUpAfterMs;
    let pause = 20;
    while (Date.now() < giveUpAt && !serverGone) {
      const sentAt = performance.now();
      try {
        const response = await fetch(`${options.url}/api/v1/public/reports`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': report.key },
          body: JSON.stringify(report.body),
          signal: AbortSignal.timeout(options.attemptTimeoutMs),
        });
        const text = await response.text();
        const endedAt = performance.now();
        const status = response.status;
        answers.push({
          sentAt,
          endedAt,
          status,
          retryAfter: response.headers.get('retry-after'),
          envelopeProblem: status === 201 ? undefined : envelopeProblemOf(text),
          detail: status === 201 ? '' : text.slice(0, 300),
        });
        if (status === 201) {
          const answer = JSON.parse(text) as { trackingCode: string; urgency: string };
          acknowledgements.push({
            key: report.key,
            urgent: report.urgent,
            trackingCode: answer.trackingCode,
            urgency: answer.urgency,
          });
          options.onAcknowledged?.(acknowledgements.length, endedAt);
          return;
        }
        // Anything but a 503 is a refusal no retry cures: recorded, and the report dropped.
        if (status !== 503) {
          abandoned.push(report.key);
          return;
        }
      } catch (error) {
        answers.push({
          sentAt,
          endedAt: performance.now(),
          status: undefined,
          retryAfter: null,
          envelopeProblem: undefined,
          detail: String((error as Error).cause ?? error),
        });
        serverGone = true;
      }
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, 200);
    }
    abandoned.push(report.key);
  };

  const sender = async () => {
    for (;;) {
      const report = reports[next];
      next += 1;
      if (report === undefined || serverGone) return;
      await sendOne(report);
    }
  };
  await Promise.all(Array.from({ length: options.senders }, sender));
  return { answers, acknowledgements, abandoned };
}
