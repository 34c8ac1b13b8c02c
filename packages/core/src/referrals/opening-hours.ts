import {
  addDays,
  fromLocal,
  isPublicHoliday,
  toLocal,
  WEEKDAYS,
  type UtcOffset,
  type Weekday,
} from './calendar.ts';

/**
 * Opening hours of an institution, as stored in `institutions.opening_hours` (jsonb) next to the
 * `open_24_7` flag. Two shapes are read:
 *
 * - the one the demo seeds and the directory form writes: `{ days: 'mon-fri', weekdays:
 *   '08:30-16:30' }` — `days` is a range (`mon-fri`, `sat-sun`), a list (`mon,wed`) or both
 *   (`mon-thu,sat`); `weekdays` (or `hours`) holds the hours, one or more ranges joined by commas
 *   (`08:30-12:00,14:00-16:30`), the same every listed day;
 * - a per-day form for split or uneven weeks: `{ week: { mon: ['08:30-16:30'], sat:
 *   ['09:00-12:00'] } }` (a day left out is closed).
 *
 * Times are Casablanca wall-clock `HH:MM`, opening inclusive, closing exclusive; `24:00` closes at
 * midnight. A range that crosses midnight is refused: write it as two days. Anything else reads
 * as "unknown hours" rather than as closed or open, so the routing says so instead of guessing.
 */

/** Minutes since local midnight, `from` inclusive, `to` exclusive. */
export interface MinuteRange {
  readonly from: number;
  readonly to: number;
}

/** Opening ranges per weekday, sorted; an empty list is a closed day. */
export type WeeklySchedule = Readonly<Record<Weekday, readonly MinuteRange[]>>;

/** What an institution row says about its hours. */
export interface InstitutionHours {
  readonly open247: boolean;
  /** The raw jsonb; read with `parseOpeningHours`. */
  readonly openingHours: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isWeekday = (value: string): value is Weekday =>
  (WEEKDAYS as readonly string[]).includes(value);

function parseTime(text: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (match === null) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) return null;
  return hours * 60 + minutes;
}

function parseRanges(value: unknown): MinuteRange[] | null {
  const parts =
    typeof value === 'string'
      ? value.split(',')
      : Array.isArray(value) && value.every((v) => typeof v === 'string')
        ? value.flatMap((v: string) => v.split(','))
        : null;
  if (parts === null) return null;
  const ranges: MinuteRange[] = [];
  for (const part of parts) {
    if (part.trim() === '') continue;
    const [fromText, toText, extra] = part.split('-');
    if (fromText === undefined || toText === undefined || extra !== undefined) return null;
    const from = parseTime(fromText);
    const to = parseTime(toText);
    if (from === null || to === null || to <= from) return null;
    ranges.push({ from, to });
  }
  return ranges.sort((a, b) => a.from - b.from);
}

function parseDays(value: unknown): Weekday[] | null {
  if (typeof value !== 'string') return null;
  const days = new Set<Weekday>();
  for (const part of value.toLowerCase().split(',')) {
    const [first, last, extra] = part.trim().split('-');
    if (first === undefined || extra !== undefined || !isWeekday(first)) return null;
    if (last === undefined) {
      days.add(first);
      continue;
    }
    if (!isWeekday(last)) return null;
    // Ranges follow the week and may wrap (`sat-mon`).
    const start = WEEKDAYS.indexOf(first);
    const end = WEEKDAYS.indexOf(last);
    const length = ((end - start + 7) % 7) + 1;
    for (let i = 0; i < length; i += 1) {
      const day = WEEKDAYS[(start + i) % 7];
      if (day !== undefined) days.add(day);
    }
  }
  return [...days];
}

const emptyWeek = (): Record<Weekday, MinuteRange[]> => ({
  sun: [],
  mon: [],
  tue: [],
  wed: [],
  thu: [],
  fri: [],
  sat: [],
});

/** Reads the stored jsonb; `null` when absent or unreadable. */
export function parseOpeningHours(raw: unknown): WeeklySchedule | null {
  if (!isRecord(raw)) return null;
  const week = emptyWeek();
  if (raw['week'] !== undefined) {
    const perDay = raw['week'];
    if (!isRecord(perDay)) return null;
    for (const [day, value] of Object.entries(perDay)) {
      if (!isWeekday(day)) return null;
      const ranges = parseRanges(value);
      if (ranges === null) return null;
      week[day] = ranges;
    }
    return week;
  }
  const days = parseDays(raw['days']);
  const ranges = parseRanges(raw['weekdays'] ?? raw['hours']);
  if (days === null || ranges === null) return null;
  for (const day of days) week[day] = ranges;
  return week;
}

/** Where an institution stands at an instant. */
export type OpeningStatus =
  | { readonly state: 'open'; readonly always: boolean }
  | {
      readonly state: 'closed';
      /** The next opening within two weeks, or null if the schedule never opens. */
      readonly nextOpening: Date | null;
      /** Closed because the day is a public holiday (it would be open otherwise). */
      readonly holiday: boolean;
    }
  /** Not 24/7 and no readable schedule: the directory needs fixing. */
  | { readonly state: 'unknown' };

const SEARCH_DAYS = 14;

/**
 * Whether the institution is open at `at`. A 24/7 institution is always open, holidays included;
 * any other is closed on the fixed public holidays.
 */
export function openingStatus(
  hours: InstitutionHours,
  at: Date,
  offset?: UtcOffset,
): OpeningStatus {
  if (hours.open247) return { state: 'open', always: true };
  const schedule = parseOpeningHours(hours.openingHours);
  if (schedule === null) return { state: 'unknown' };
  const local = toLocal(at, offset);
  const todayRanges = schedule[local.weekday];
  const inRange = todayRanges.some((r) => r.from <= local.minuteOfDay && local.minuteOfDay < r.to);
  const holiday = isPublicHoliday(local);
  if (inRange && !holiday) return { state: 'open', always: false };

  for (let i = 0; i <= SEARCH_DAYS; i += 1) {
    const date = addDays(local, i);
    if (isPublicHoliday(date)) continue;
    const next = schedule[date.weekday].find((r) => i > 0 || r.from > local.minuteOfDay);
    if (next !== undefined) {
      return { state: 'closed', nextOpening: fromLocal(date, next.from, offset), holiday: inRange };
    }
  }
  return { state: 'closed', nextOpening: null, holiday: inRange };
}

/** Shorthand for `openingStatus(...).state === 'open'`. */
export function isOpenAt(hours: InstitutionHours, at: Date, offset?: UtcOffset): boolean {
  return openingStatus(hours, at, offset).state === 'open';
}
