import { openingStatus } from '@sanad/core';
import { describe, expect, it } from 'vitest';
import { isUsableSchedule, openingHoursFromText } from './opening-hours.ts';

describe("the import file's opening hours", () => {
  it.each([
    ['mon-fri 08:30-16:30', { days: 'mon-fri', weekdays: '08:30-16:30' }],
    ['MON-FRI 8:30-16:30', { days: 'mon-fri', weekdays: '08:30-16:30' }],
    ['mon-thu 08:30-16:30; fri 08:30-16:30', { days: 'mon-fri', weekdays: '08:30-16:30' }],
    ['sat-sun 10:00-14:00', { days: 'sat-sun', weekdays: '10:00-14:00' }],
    ['mon,wed,fri 09:00-12:00', { days: 'mon,wed,fri', weekdays: '09:00-12:00' }],
    ['mon-fri 08:30-12:00, 14:00-16:30', { days: 'mon-fri', weekdays: '08:30-12:00,14:00-16:30' }],
    [
      'mon-thu 08:30-16:30; fri 08:30-11:30; sat 09:00-12:00',
      {
        week: {
          mon: '08:30-16:30',
          tue: '08:30-16:30',
          wed: '08:30-16:30',
          thu: '08:30-16:30',
          fri: '08:30-11:30',
          sat: '09:00-12:00',
        },
      },
    ],
  ])('reads %j', (text, stored) => {
    expect(openingHoursFromText(text)).toEqual(stored);
  });

  it.each([
    'monday 8h-16h',
    '08:30-16:30',
    'mon-fri 16:30-08:30',
    'mon-fri 08:30-25:00',
    'mon-fri 08:30-16:30; fri 09:00-10:00',
    'xyz 08:00-12:00',
    '',
  ])('refuses %j', (text) => {
    expect(openingHoursFromText(text)).toBeNull();
  });

  it('stores hours that core reads the same way (open on a Tuesday morning, closed at night)', () => {
    const hours = openingHoursFromText('mon-fri 08:30-16:30');
    // Tuesday 24 November 2026, Casablanca is UTC+1.
    expect(
      openingStatus({ open247: false, openingHours: hours }, new Date('2026-11-24T09:00:00Z'))
        .state,
    ).toBe('open');
    expect(
      openingStatus({ open247: false, openingHours: hours }, new Date('2026-11-24T20:00:00Z'))
        .state,
    ).toBe('closed');
  });

  it('calls a schedule usable only when core reads it and it opens at least once', () => {
    expect(isUsableSchedule({ days: 'mon-fri', weekdays: '08:30-16:30' })).toBe(true);
    expect(isUsableSchedule({ week: { sat: ['09:00-12:00'] } })).toBe(true);
    expect(isUsableSchedule({ week: {} })).toBe(false);
    expect(isUsableSchedule({ days: 'mon-fri', weekdays: 'all day' })).toBe(false);
    expect(isUsableSchedule({ days: 'someday', weekdays: '08:00-12:00' })).toBe(false);
  });
});
