/**
 * Morocco's civil calendar as the referral rules need it: local wall-clock time in
 * Africa/Casablanca, the fixed-date national public holidays, and working days.
 *
 * Morocco has kept UTC+1 all year since 2018, except during Ramadan when clocks go back to UTC+0,
 * so the offset is not a constant. Every function takes a `UtcOffset`: a fixed number of minutes
 * (tests, or a server that pins it) or a function of the instant; the default asks `Intl` for the
 * Africa/Casablanca zone, which Node and browsers ship with their time-zone data.
 */

/** Minutes east of UTC, fixed or as a function of the instant. */
export type UtcOffset = number | ((instant: Date) => number);

export type Weekday = 'sun' | 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat';

/** In `Date.getUTCDay()` order (Sunday = 0). */
export const WEEKDAYS: readonly Weekday[] = Object.freeze([
  'sun',
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
] as const);

/** A moment read on a Casablanca wall clock. */
export interface LocalTime {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  /** 1–31. */
  readonly day: number;
  readonly weekday: Weekday;
  /** Minutes since local midnight, 0–1439. */
  readonly minuteOfDay: number;
  /** The offset used, in minutes east of UTC. */
  readonly offsetMinutes: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

let casablancaFormat: Intl.DateTimeFormat | undefined;

/**
 * Africa/Casablanca's offset at `instant`, from the platform's time-zone data: 60 most of the
 * year, 0 during Ramadan.
 */
export function casablancaOffsetMinutes(instant: Date): number {
  casablancaFormat ??= new Intl.DateTimeFormat('en-US', {
    timeZone: 'Africa/Casablanca',
    timeZoneName: 'longOffset',
  });
  const name = casablancaFormat.formatToParts(instant).find((p) => p.type === 'timeZoneName');
  // "GMT" alone for a zero offset, otherwise "GMT+01:00" / "GMT-01:00".
  const match = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name?.value ?? '');
  if (match === null) throw new Error(`unreadable Africa/Casablanca offset: ${name?.value}`);
  const [, sign, hours, minutes] = match;
  if (sign === undefined || hours === undefined || minutes === undefined) return 0;
  const total = Number(hours) * 60 + Number(minutes);
  return sign === '-' ? -total : total;
}

export function offsetAt(offset: UtcOffset | undefined, instant: Date): number {
  if (offset === undefined) return casablancaOffsetMinutes(instant);
  return typeof offset === 'number' ? offset : offset(instant);
}

/** Reads `instant` on the Casablanca wall clock. */
export function toLocal(instant: Date, offset?: UtcOffset): LocalTime {
  const offsetMinutes = offsetAt(offset, instant);
  const shifted = new Date(instant.getTime() + offsetMinutes * MINUTE_MS);
  const weekday = WEEKDAYS[shifted.getUTCDay()];
  if (weekday === undefined) throw new Error('unreachable: getUTCDay() out of range');
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    weekday,
    minuteOfDay: shifted.getUTCHours() * 60 + shifted.getUTCMinutes(),
    offsetMinutes,
  };
}

/**
 * The instant a Casablanca wall clock shows `minuteOfDay` on the given date. The offset is read
 * at the resulting instant, so a date inside Ramadan gets UTC+0 even when asked from outside it.
 */
export function fromLocal(
  date: { readonly year: number; readonly month: number; readonly day: number },
  minuteOfDay: number,
  offset?: UtcOffset,
): Date {
  const wall = Date.UTC(date.year, date.month - 1, date.day) + minuteOfDay * MINUTE_MS;
  const guess = new Date(wall - offsetAt(offset, new Date(wall)) * MINUTE_MS);
  return new Date(wall - offsetAt(offset, guess) * MINUTE_MS);
}

/** The calendar date `days` after `date` (negative goes back). */
export function addDays(
  date: { readonly year: number; readonly month: number; readonly day: number },
  days: number,
): { year: number; month: number; day: number; weekday: Weekday } {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day) + days * DAY_MS);
  const weekday = WEEKDAYS[moved.getUTCDay()];
  if (weekday === undefined) throw new Error('unreachable: getUTCDay() out of range');
  return {
    year: moved.getUTCFullYear(),
    month: moved.getUTCMonth() + 1,
    day: moved.getUTCDate(),
    weekday,
  };
}

/**
 * Morocco's fixed-date national public holidays, as `MM-DD`: New Year, the Independence
 * Manifesto (11 Jan), Yennayer (14 Jan, since 2024), Labour Day, the Throne (30 Jul), Oued
 * Ed-Dahab (14 Aug), the Revolution of the King and the People (20 Aug), Youth Day (21 Aug), the
 * Green March (6 Nov) and Independence Day (18 Nov). The religious holidays follow the Hijri
 * calendar and are announced each year; they are not modelled here.
 */
export const FIXED_PUBLIC_HOLIDAYS: readonly string[] = Object.freeze([
  '01-01',
  '01-11',
  '01-14',
  '05-01',
  '07-30',
  '08-14',
  '08-20',
  '08-21',
  '11-06',
  '11-18',
]);

const pad = (n: number): string => String(n).padStart(2, '0');

/** Whether the local date is a fixed-date national public holiday. */
export function isPublicHoliday(date: { readonly month: number; readonly day: number }): boolean {
  return FIXED_PUBLIC_HOLIDAYS.includes(`${pad(date.month)}-${pad(date.day)}`);
}

/** Monday to Friday, not a public holiday. */
export function isWorkingDay(date: {
  readonly month: number;
  readonly day: number;
  readonly weekday: Weekday;
}): boolean {
  return date.weekday !== 'sat' && date.weekday !== 'sun' && !isPublicHoliday(date);
}
