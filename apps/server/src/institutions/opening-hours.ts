import {
  parseOpeningHours,
  WEEKDAYS,
  type MinuteRange,
  type Weekday,
  type WeeklySchedule,
} from '@sanad/core';
import { z } from 'zod';

/**
 * Opening hours as the directory stores them (`institutions.opening_hours`), in exactly the
 * shapes `@sanad/core`'s `parseOpeningHours` reads, so routing and the directory agree on
 * "open now". Public holidays are the core calendar's business: a schedule is closed on the
 * fixed national holidays unless the institution is open 24/7.
 */
const WEEKDAY_CODES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const rangesText = z.string().trim().max(120);

export const openingHoursSchema = z
  .strictObject({
    days: z.string().trim().max(60).optional(),
    weekdays: rangesText.optional(),
    hours: rangesText.optional(),
    week: z
      .partialRecord(
        z.enum(WEEKDAY_CODES),
        z.union([rangesText, z.array(z.string().trim().max(20)).max(6)]),
      )
      .optional(),
  })
  .meta({
    id: 'OpeningHours',
    description:
      "Casablanca wall-clock hours. Either the same hours on several days — `{ days: 'mon-fri', " +
      "weekdays: '08:30-12:00,14:00-16:30' }` (`days`: a range, a list or both, e.g. " +
      "`mon-thu,sat`) — or per day: `{ week: { mon: ['08:30-16:30'], sat: ['09:00-12:00'] } }` " +
      '(a day left out is closed). Closed on the fixed national public holidays unless the ' +
      'institution is open 24/7.',
  });

export type OpeningHours = z.infer<typeof openingHoursSchema>;

const opensAtAll = (schedule: WeeklySchedule): boolean =>
  WEEKDAYS.some((day) => schedule[day].length > 0);

/** True when core reads the hours and they open at least once a week. */
export function isUsableSchedule(hours: unknown): boolean {
  const schedule = parseOpeningHours(hours);
  return schedule !== null && opensAtAll(schedule);
}

const pad = (n: number): string => String(n).padStart(2, '0');
const clock = (minutes: number): string => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
const rangesOf = (ranges: readonly MinuteRange[]): string =>
  ranges.map((r) => `${clock(r.from)}-${clock(r.to)}`).join(',');

/**
 * Reads the import file's hours: groups of `<days> <hours>` separated by `;`, e.g.
 * `mon-fri 08:30-16:30` or `mon-thu 08:30-12:00,14:00-16:30; fri 08:30-11:30; sat 09:00-12:00`.
 * Days and hours are written as core reads them. Returns null when unreadable, when a day is
 * given twice, or when the week never opens.
 */
export function openingHoursFromText(text: string): OpeningHours | null {
  const groups = text
    .split(';')
    .map((group) => group.trim())
    .filter((group) => group !== '');
  const week: Partial<Record<Weekday, string>> = {};
  for (const group of groups) {
    const match = /^(\S+)\s+(.+)$/.exec(group);
    if (match === null) return null;
    const [, days, hours] = match;
    const schedule = parseOpeningHours({ days, weekdays: hours?.replace(/\s+/g, '') });
    if (schedule === null) return null;
    for (const day of WEEKDAYS) {
      const ranges = schedule[day];
      if (ranges.length === 0) continue;
      if (week[day] !== undefined) return null;
      week[day] = rangesOf(ranges);
    }
  }
  return isUsableSchedule({ week }) ? compact({ week }) : null;
}

/**
 * The shortest stored form: one `{ days, weekdays }` when every open day has the same hours
 * (the form the demo and most offices use), the per-day form otherwise.
 */
function compact(hours: { week: Partial<Record<Weekday, string>> }): OpeningHours {
  const open = WEEKDAYS.filter((day) => hours.week[day] !== undefined);
  const distinct = new Set(open.map((day) => hours.week[day]));
  const [only] = [...distinct];
  if (distinct.size !== 1 || only === undefined) return hours;
  return { days: dayList(open), weekdays: only };
}

/** Monday-first day list with runs written as ranges: `mon-fri`, `mon-wed,sat`. */
function dayList(days: readonly Weekday[]): string {
  const mondayFirst = [...WEEKDAYS.slice(1), 'sun' as const];
  const parts: string[] = [];
  let start: number | null = null;
  for (let i = 0; i <= mondayFirst.length; i += 1) {
    const day = mondayFirst[i];
    const isOpen = day !== undefined && days.includes(day);
    if (isOpen && start === null) start = i;
    if (!isOpen && start !== null) {
      const first = mondayFirst[start];
      const last = mondayFirst[i - 1];
      if (first !== undefined && last !== undefined)
        parts.push(first === last ? first : `${first}-${last}`);
      start = null;
    }
  }
  return parts.join(',');
}
