import { fromLocal, toLocal } from '@sanad/core';

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * The calendar date in Africa/Casablanca at `instant`, as `YYYY-MM-DD`: the pathway's deadlines,
 * starts and outcomes are dates a woman reads on a Moroccan calendar, not instants.
 */
export function casablancaDate(instant: Date): string {
  const local = toLocal(instant);
  return `${String(local.year)}-${pad(local.month)}-${pad(local.day)}`;
}

/** Nine in the morning in Casablanca on `date`: when a dated reminder reaches the helpline. */
export function morningOf(date: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) {
    throw new Error(`not a calendar date: ${date}`);
  }
  return fromLocal({ year, month, day }, 9 * 60);
}
