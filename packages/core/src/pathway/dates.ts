/**
 * Calendar-date arithmetic on `YYYY-MM-DD` strings. The caller turns "now" into Casablanca's
 * calendar date once; from there on a date is a day on the calendar, not an instant, so the
 * arithmetic runs on UTC midnights and no time zone or daylight-saving change can shift a day.
 */

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function parts(date: string): Ymd {
  const match = CALENDAR_DATE.exec(date);
  const [, year, month, day] = match ?? [];
  if (year === undefined || month === undefined || day === undefined) {
    throw new RangeError(`not a calendar date (YYYY-MM-DD): ${date}`);
  }
  const ymd = { year: Number(year), month: Number(month), day: Number(day) };
  if (ymd.month < 1 || ymd.month > 12 || ymd.day < 1 || ymd.day > daysInMonth(ymd)) {
    throw new RangeError(`not a calendar date (YYYY-MM-DD): ${date}`);
  }
  return ymd;
}

/** UTC midnight of the day; `setUTCFullYear` rather than `Date.UTC`, which reads 0–99 as 19xx. */
function utcMidnight({ year, month, day }: Ymd): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

function daysInMonth({ year, month }: Pick<Ymd, 'year' | 'month'>): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(utcMidnight({ year, month: month + 1, day: 0 })).getUTCDate();
}

function format(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** True for a real `YYYY-MM-DD` date (2026-02-30 is not one). */
export function isCalendarDate(value: string): boolean {
  try {
    parts(value);
    return true;
  } catch {
    return false;
  }
}

/** Whole days from `from` to `to`: 0 on the same day, negative when `to` is earlier. */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(parts(to)) - utcMidnight(parts(from))) / DAY_MS);
}

export function addCalendarDays(date: string, days: number): string {
  return format(utcMidnight(parts(date)) + days * DAY_MS);
}

/**
 * The same day `months` calendar months later, or the month's last day when it is shorter
 * (31 August + 6 months = 28 February, or the 29th in a leap year).
 */
export function addCalendarMonths(date: string, months: number): string {
  const { year, month, day } = parts(date);
  const index = year * 12 + (month - 1) + months;
  const target = { year: Math.floor(index / 12), month: (index % 12) + 1 };
  return format(utcMidnight({ ...target, day: Math.min(day, daysInMonth(target)) }));
}
