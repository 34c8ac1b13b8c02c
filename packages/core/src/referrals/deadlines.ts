import type { UrgencyLevel } from '../vocabulary/urgency-levels.ts';
import { addDays, fromLocal, isWorkingDay, toLocal, type UtcOffset } from './calendar.ts';

/**
 * How long an institution has to acknowledge a referral (counted from sending) and to accept or
 * decline it (counted from acknowledgement). Defaults (issue #6): EMERGENCY 15 minutes, HIGH
 * 4 hours — round the clock, since the cells and hospital units are — MEDIUM 2 working days,
 * STANDARD 5 working days, the same for both deadlines.
 */
export type DeadlineKind = 'acknowledge' | 'accept';

/** A span of elapsed time, or of working days (Monday–Friday, not a public holiday). */
export type DeadlineSpan = { readonly minutes: number } | { readonly workingDays: number };

export type DeadlineTable = Readonly<
  Record<UrgencyLevel, Readonly<Record<DeadlineKind, DeadlineSpan>>>
>;

export const DEFAULT_DEADLINES: DeadlineTable = Object.freeze({
  emergency: { acknowledge: { minutes: 15 }, accept: { minutes: 15 } },
  high: { acknowledge: { minutes: 240 }, accept: { minutes: 240 } },
  medium: { acknowledge: { workingDays: 2 }, accept: { workingDays: 2 } },
  standard: { acknowledge: { workingDays: 5 }, accept: { workingDays: 5 } },
});

export interface DeadlineConfig {
  /** Overrides per urgency and kind; anything left out keeps its default. */
  readonly spans?: Partial<Record<UrgencyLevel, Partial<Record<DeadlineKind, DeadlineSpan>>>>;
  /** Casablanca's offset; defaults to the platform's time-zone data. */
  readonly utcOffset?: UtcOffset;
}

/** The span that applies, after the configured overrides. */
export function deadlineSpan(
  urgency: UrgencyLevel,
  kind: DeadlineKind,
  config?: DeadlineConfig,
): DeadlineSpan {
  return config?.spans?.[urgency]?.[kind] ?? DEFAULT_DEADLINES[urgency][kind];
}

/**
 * Adds `days` working days to `from`, on the Casablanca wall clock. From a working day, the
 * deadline is the same local time `days` working days later (Friday 10:00 + 2 → Tuesday 10:00).
 * From a weekend or holiday the clock starts at the next working day's midnight, so the
 * institution still gets whole working days (Saturday + 2 → Wednesday 00:00, end of Tuesday).
 */
export function addWorkingDays(from: Date, days: number, offset?: UtcOffset): Date {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`invalid working days: ${days}`);
  const local = toLocal(from, offset);
  let date = addDays(local, 0);
  if (!isWorkingDay(date)) {
    while (!isWorkingDay(date)) date = addDays(date, 1);
    if (days === 0) return fromLocal(date, 0, offset);
    // Midnight at the start of the first working day = the end of the day before it, so count
    // that first working day as the first of the span.
    let counted = 1;
    while (counted < days) {
      date = addDays(date, 1);
      if (isWorkingDay(date)) counted += 1;
    }
    return fromLocal(addDays(date, 1), 0, offset);
  }
  let counted = 0;
  while (counted < days) {
    date = addDays(date, 1);
    if (isWorkingDay(date)) counted += 1;
  }
  return fromLocal(date, local.minuteOfDay, offset);
}

/**
 * When the `kind` deadline of a referral of this urgency falls, counting from `from` (the sending
 * time for `acknowledge`, the acknowledgement time for `accept`).
 */
export function deadlineFor(
  urgency: UrgencyLevel,
  from: Date,
  kind: DeadlineKind,
  config?: DeadlineConfig,
): Date {
  const span = deadlineSpan(urgency, kind, config);
  if ('minutes' in span) {
    if (!(span.minutes >= 0)) throw new RangeError(`invalid deadline minutes: ${span.minutes}`);
    return new Date(from.getTime() + span.minutes * 60_000);
  }
  return addWorkingDays(from, span.workingDays, config?.utcOffset);
}
