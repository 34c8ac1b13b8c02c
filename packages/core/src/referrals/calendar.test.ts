import { describe, expect, it } from 'vitest';
import {
  casablancaOffsetMinutes,
  fromLocal,
  isPublicHoliday,
  isWorkingDay,
  toLocal,
} from './calendar.ts';

describe('Casablanca calendar', () => {
  it.each([
    ['2025-01-15T12:00:00Z', 60],
    ['2025-03-10T12:00:00Z', 0], // Ramadan 1446
    ['2026-03-01T12:00:00Z', 0], // Ramadan 1447
    ['2026-07-01T12:00:00Z', 60],
  ])('offset at %s is %i minutes', (iso, minutes) => {
    expect(casablancaOffsetMinutes(new Date(iso))).toBe(minutes);
  });

  it('reads the wall clock with a fixed or derived offset', () => {
    const at = new Date('2025-11-14T23:30:00Z');
    expect(toLocal(at, 60)).toEqual({
      year: 2025,
      month: 11,
      day: 15,
      weekday: 'sat',
      minuteOfDay: 30,
      offsetMinutes: 60,
    });
    expect(toLocal(at).day).toBe(15);
    expect(toLocal(new Date('2025-03-10T23:30:00Z')).day).toBe(10);
  });

  it('turns a wall-clock time back into an instant, Ramadan included', () => {
    expect(fromLocal({ year: 2025, month: 11, day: 17 }, 600).toISOString()).toBe(
      '2025-11-17T09:00:00.000Z',
    );
    expect(fromLocal({ year: 2025, month: 3, day: 10 }, 600).toISOString()).toBe(
      '2025-03-10T10:00:00.000Z',
    );
  });

  it.each([
    [1, 1, true],
    [1, 11, true],
    [1, 14, true],
    [5, 1, true],
    [7, 30, true],
    [8, 14, true],
    [8, 20, true],
    [8, 21, true],
    [11, 6, true],
    [11, 18, true],
    [1, 2, false],
    [12, 25, false],
  ])('%i/%i public holiday: %s', (month, day, expected) => {
    expect(isPublicHoliday({ month, day })).toBe(expected);
  });

  it.each([
    [{ month: 11, day: 17, weekday: 'mon' as const }, true],
    [{ month: 11, day: 18, weekday: 'tue' as const }, false],
    [{ month: 11, day: 15, weekday: 'sat' as const }, false],
    [{ month: 11, day: 16, weekday: 'sun' as const }, false],
  ])('working day %o: %s', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });
});
