import { describe, expect, it } from 'vitest';
import { enrolmentStatuses } from '../vocabulary/enrolment-statuses.ts';
import {
  addCalendarDays,
  addCalendarMonths,
  calendarDaysBetween,
  isCalendarDate,
} from './dates.ts';
import { outcomeCheckDates, survivorStage } from './follow-up.ts';
import { survivorStages } from './vocabularies.ts';

describe('calendar dates', () => {
  it.each([
    ['2026-02-10', '2026-02-10', 0],
    ['2026-02-10', '2026-02-13', 3],
    ['2026-02-13', '2026-02-10', -3],
    ['2026-02-28', '2026-03-01', 1],
    ['2028-02-28', '2028-03-01', 2],
    ['2026-12-31', '2027-01-01', 1],
    ['2026-01-01', '2027-01-01', 365],
    ['2028-01-01', '2029-01-01', 366],
    // Morocco changes its clocks around Ramadan: calendar days are not affected.
    ['2026-02-01', '2026-04-01', 59],
  ])('%s → %s: %i days', (from, to, expected) => {
    expect(calendarDaysBetween(from, to)).toBe(expected);
    expect(addCalendarDays(from, expected)).toBe(to);
  });

  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-05-15', 12, '2027-05-15'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2099-12-31', 2, '2100-02-28'],
    ['2000-01-29', 1, '2000-02-29'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addCalendarMonths(date, months)).toBe(expected);
  });

  it('recognises calendar dates and refuses anything else', () => {
    for (const good of ['2026-02-28', '2028-02-29', '0099-01-01']) {
      expect(isCalendarDate(good), good).toBe(true);
    }
    for (const bad of [
      '2026-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-1-5',
      '',
      '2026-02-10T00:00',
    ]) {
      expect(isCalendarDate(bad), bad).toBe(false);
      expect(() => addCalendarMonths(bad, 1)).toThrow(RangeError);
    }
    expect(addCalendarDays('0099-12-31', 1)).toBe('0100-01-01');
  });
});

describe('outcome follow-up', () => {
  it.each([
    ['2026-01-15', ['2026-04-15', '2026-07-15']],
    ['2026-08-31', ['2026-11-30', '2027-02-28']],
    ['2027-08-31', ['2027-11-30', '2028-02-29']],
    ['2026-10-31', ['2027-01-31', '2027-04-30']],
    ['2026-12-31', ['2027-03-31', '2027-06-30']],
    ['2027-11-29', ['2028-02-29', '2028-05-29']],
  ])('completed %s: asked %j', (completedOn, expected) => {
    expect(outcomeCheckDates(completedOn)).toEqual(expected);
  });

  it.each([
    ['proposed', 'proposed'],
    ['interested', 'waiting'],
    ['referred', 'waiting'],
    ['applied', 'waiting'],
    ['enrolled', 'in_progress'],
    ['completed', 'done'],
    ['dropped', 'stopped'],
  ] as const)('her app shows %s as %s', (status, stage) => {
    expect(survivorStage(status)).toBe(stage);
  });

  it('uses every stage of her app', () => {
    const used = new Set(enrolmentStatuses.codes.map(survivorStage));
    expect([...used].sort()).toEqual([...survivorStages.codes].sort());
  });
});
