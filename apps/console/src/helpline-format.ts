import type { StaffRef } from './api/queue-types.ts';
import { HTML_LANG, type Locale } from './i18n/locale.ts';

// Times and durations as the helpline screens show them. Durations read the same in every
// language ("1:05:09"), so they are isolated as left-to-right in Arabic.

/** "1:05:09" or "4:07": a waiting time or a call's length. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** ISO 8601 duration for `<time datetime>`. */
export function isoDuration(totalSeconds: number): string {
  return `PT${String(Math.max(0, Math.floor(totalSeconds)))}S`;
}

const dateTimeFormats = new Map<Locale, Intl.DateTimeFormat>();

export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let format = dateTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(HTML_LANG[locale], {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    dateTimeFormats.set(locale, format);
  }
  return format.format(date);
}

/** A calendar date (`2026-03-01`) in the reader's language. */
export function formatDate(day: string, locale: Locale): string {
  const date = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(HTML_LANG[locale], {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(date);
}

/** `<input type="datetime-local">` value for a moment, in the browser's time zone. */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(
    date.getHours(),
  )}:${pad(date.getMinutes())}`;
}

/** The moment a `datetime-local` value names (browser time zone), as ISO 8601; or undefined. */
export function fromLocalInput(value: string): string | undefined {
  if (value === '') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** Whether the staff member named is the signed-in person. */
export const isMe = (staff: StaffRef | null | undefined, myId: string): boolean =>
  staff?.id === myId;

/** "A, B and C" with the language's own separators. */
export function formatList(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(HTML_LANG[locale], { type: 'conjunction' }).format(items);
}
