import {
  codesOf,
  urgencyLevels,
  type DeadlineKind,
  type DeadlineSpan,
  type UrgencyLevel,
} from '@sanad/core';

type Spans = Partial<Record<UrgencyLevel, Partial<Record<DeadlineKind, DeadlineSpan>>>>;

const URGENCIES: readonly string[] = codesOf(urgencyLevels);
const ENTRY = /^([a-z]+)(?:\.(acknowledge|accept))?=(\d+)(m|h|wd)$/;

/**
 * Reads `SANAD_REFERRAL_DEADLINES`: comma-separated `urgency[.stage]=<n><unit>` overrides of the
 * default table, units `m` (minutes), `h` (hours) or `wd` (working days on the Casablanca
 * calendar); without a stage, both the acknowledgement and the acceptance deadline change.
 * Example: `emergency=10m,high.accept=2h,standard=3wd`. Returns the problem in words, never
 * throwing, so the configuration reports every bad variable at once.
 */
export function parseReferralDeadlines(text: string): { spans: Spans } | { problem: string } {
  const spans: Spans = {};
  for (const raw of text.split(',')) {
    const entry = raw.trim();
    if (entry === '') continue;
    const match = ENTRY.exec(entry);
    const [, urgency, stage, amount, unit] = match ?? [];
    if (!match || urgency === undefined || amount === undefined || unit === undefined) {
      return { problem: `cannot read "${entry}": expected urgency[.stage]=<n>m|h|wd` };
    }
    if (!URGENCIES.includes(urgency)) {
      return { problem: `unknown urgency "${urgency}" (one of ${URGENCIES.join(', ')})` };
    }
    const n = Number(amount);
    if (n < 1 || n > 100_000) return { problem: `"${entry}" must be at least 1` };
    const span: DeadlineSpan =
      unit === 'wd' ? { workingDays: n } : { minutes: unit === 'h' ? n * 60 : n };
    const level = urgency as UrgencyLevel;
    const stages: DeadlineKind[] =
      stage === undefined ? ['acknowledge', 'accept'] : [stage as DeadlineKind];
    for (const kind of stages) spans[level] = { ...spans[level], [kind]: span };
  }
  return { spans };
}
