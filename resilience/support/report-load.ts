// The survivor app's outbox, many times over: each report has its own Idempotency-Key and is
// sent again with the same key and body until an answer arrives, whatever happened to the
// server in between (connection refused, reset mid-request, no answer).
import { randomBytes } from 'node:crypto';

export interface PlannedReport {
  readonly key: string;
  readonly urgent: boolean;
  readonly body: Record<string, unknown>;
}

export interface Acknowledgement {
  readonly key: string;
  readonly urgent: boolean;
  readonly trackingCode: string;
  readonly urgency: string;
}

export interface LoadFigures {
  sent: number;
  attempts: number;
  acknowledged: number;
  /** Attempts that got no HTTP answer (refused, reset, timed out). */
  unanswered: number;
  /** Attempts answered with a 5xx (e.g. 503 while draining); retried too. */
  serverErrors: number;
  /** Answers other than 201 or 5xx: a refusal the outbox cannot fix by retrying. */
  refusals: { key: string; status: number; body: string }[];
}

const PROVINCES = ['141', '081', '251', '061', '351'];

/** `count` reports; one in three is the urgent button, the others an ordinary low-risk report. */
export function planReports(count: number): PlannedReport[] {
  return Array.from({ length: count }, (_, index) => {
    const urgent = index % 3 === 0;
    const consents = { care: true, sharing: false, statistics: true, location: false };
    const provinceCode = PROVINCES[index % PROVINCES.length] ?? '141';
    const body = urgent
      ? { kind: 'urgent', language: 'ar', provinceCode, areaType: 'urban', consents }
      : {
          kind: 'violence',
          language: 'fr',
          provinceCode,
          areaType: 'rural',
          safeNow: 'yes',
          harms: ['threats_or_insults'],
          when: 'longer_ago',
          risk: {},
          narrative: `Report ${String(index)}: he shouts at me`,
          consents,
        };
    return { key: randomBytes(18).toString('base64url'), urgent, body };
  });
}

interface SendOptions {
  readonly url: () => string;
  readonly senders: number;
  /** Per attempt: a request with no answer by then is abandoned and sent again. */
  readonly attemptTimeoutMs: number;
  /** Gives up on a report after this long (a lost report, not a hung test). */
  readonly giveUpAfterMs: number;
  readonly onAcknowledged?: (count: number) => void;
}

/** Sends every report until acknowledged, `senders` at a time; never sends one key twice at once. */
export async function sendUntilAcknowledged(
  reports: readonly PlannedReport[],
  options: SendOptions,
): Promise<{ figures: LoadFigures; acknowledgements: Acknowledgement[] }> {
  const figures: LoadFigures = {
    sent: reports.length,
    attempts: 0,
    acknowledged: 0,
    unanswered: 0,
    serverErrors: 0,
    refusals: [],
  };
  const acknowledgements: Acknowledgement[] = [];
  let next = 0;

  const sendOne = async (report: PlannedReport) => {
    const giveUpAt = Date.now() + options.giveUpAfterMs;
    let pause = 20;
    while (Date.now() < giveUpAt) {
      figures.attempts += 1;
      try {
        const response = await fetch(`${options.url()}/api/v1/public/reports`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': report.key },
          body: JSON.stringify(report.body),
          signal: AbortSignal.timeout(options.attemptTimeoutMs),
        });
        const text = await response.text();
        if (response.status === 201) {
          const answer = JSON.parse(text) as { trackingCode: string; urgency: string };
          acknowledgements.push({
            key: report.key,
            urgent: report.urgent,
            trackingCode: answer.trackingCode,
            urgency: answer.urgency,
          });
          figures.acknowledged += 1;
          options.onAcknowledged?.(figures.acknowledged);
          return;
        }
        if (response.status < 500) {
          figures.refusals.push({ key: report.key, status: response.status, body: text });
          return;
        }
        figures.serverErrors += 1;
      } catch {
        figures.unanswered += 1;
      }
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, 400);
    }
  };

  const sender = async () => {
    for (;;) {
      const report = reports[next];
      next += 1;
      if (report === undefined) return;
      await sendOne(report);
    }
  };
  await Promise.all(Array.from({ length: options.senders }, sender));
  return { figures, acknowledgements };
}
