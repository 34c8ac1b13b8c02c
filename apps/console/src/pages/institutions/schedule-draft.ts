import { parseOpeningHours, type MinuteRange, type Weekday } from '@sanad/core';
import type { OpeningHours } from '../../api/admin.ts';

/**
 * The opening-hours editor's draft: one text per day as the administrator types it
 * ("08:30-12:00, 14:00-16:30"; empty = closed), read and checked with `@sanad/core`'s own
 * parser, so the console accepts exactly what routing reads.
 */

/** Monday first, as Moroccan offices and calendars show the week. */
export const WEEK: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export type ScheduleDraft = Readonly<Record<Weekday, string>>;

export const EMPTY_WEEK: ScheduleDraft = {
  mon: '',
  tue: '',
  wed: '',
  thu: '',
  fri: '',
  sat: '',
  sun: '',
};

/** Office hours of the public administration, one click away. */
export const OFFICE_WEEK: ScheduleDraft = {
  ...EMPTY_WEEK,
  mon: '08:30-16:30',
  tue: '08:30-16:30',
  wed: '08:30-16:30',
  thu: '08:30-16:30',
  fri: '08:30-16:30',
};

const pad = (n: number): string => String(n).padStart(2, '0');
const clock = (minutes: number): string => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
export const rangesText = (ranges: readonly MinuteRange[]): string =>
  ranges.map((r) => `${clock(r.from)}-${clock(r.to)}`).join(', ');

/** The stored hours as the editor shows them; unreadable or absent hours show an empty week. */
export function scheduleDraftOf(stored: OpeningHours | undefined): ScheduleDraft {
  const schedule = stored === undefined ? null : parseOpeningHours(stored);
  if (schedule === null) return EMPTY_WEEK;
  const draft: Record<Weekday, string> = { ...EMPTY_WEEK };
  for (const day of WEEK) draft[day] = rangesText(schedule[day]);
  return draft;
}

/**
 * What people type, in the form core reads: `8h30` is `8:30`, dashes of any kind are `-`,
 * spaces do not matter.
 */
export function normalisedDay(text: string): string {
  return text
    .replace(/[–—]/g, '-')
    .replace(
      /(\d{1,2})\s*[hH]\s*(\d{2})?/g,
      (_, hours: string, minutes: string | undefined) => `${hours}:${minutes ?? '00'}`,
    )
    .replace(/\s+/g, '');
}

export type ScheduleCheck =
  | { readonly ok: true; readonly hours: OpeningHours }
  /** `days`: the days core cannot read; `empty`: no day opens at all. */
  | { readonly ok: false; readonly days: readonly Weekday[]; readonly empty: boolean };

/** Checks each day with core's parser and builds the hours to send (`{ week }`). */
export function checkSchedule(draft: ScheduleDraft): ScheduleCheck {
  const week: Partial<Record<Weekday, string>> = {};
  const wrong: Weekday[] = [];
  for (const day of WEEK) {
    const text = normalisedDay(draft[day]);
    if (text === '') continue;
    const ranges = parseOpeningHours({ week: { [day]: text } })?.[day];
    if (ranges === undefined || ranges.length === 0) wrong.push(day);
    else week[day] = rangesText(ranges).replace(/\s+/g, '');
  }
  if (wrong.length > 0) return { ok: false, days: wrong, empty: false };
  if (Object.keys(week).length === 0) return { ok: false, days: [], empty: true };
  return { ok: true, hours: { week } };
}

/**
 * A short reading of the hours for the table: consecutive days with the same hours grouped
 * ("Mon–Fri 08:30-16:30 · Sat 09:00-12:00"); null when unreadable or never open.
 */
export function scheduleSummary(
  stored: OpeningHours | undefined,
  dayName: (day: Weekday) => string,
): string | null {
  const schedule = stored === undefined ? null : parseOpeningHours(stored);
  if (schedule === null) return null;
  const groups: { first: Weekday; last: Weekday; hours: string }[] = [];
  for (const day of WEEK) {
    const hours = rangesText(schedule[day]);
    const previous = groups.at(-1);
    const follows = previous !== undefined && WEEK.indexOf(day) === WEEK.indexOf(previous.last) + 1;
    if (hours === '') continue;
    if (previous && follows && previous.hours === hours) previous.last = day;
    else groups.push({ first: day, last: day, hours });
  }
  if (groups.length === 0) return null;
  return groups
    .map(({ first, last, hours }) =>
      first === last ? `${dayName(first)} ${hours}` : `${dayName(first)}–${dayName(last)} ${hours}`,
    )
    .join(' · ');
}
