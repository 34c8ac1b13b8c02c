import { describe, expect, it } from 'vitest';
import { isOpenAt, openingStatus, parseOpeningHours } from './opening-hours.ts';

const SEEDED = { weekdays: '08:30-16:30', days: 'mon-fri' };
const office = { open247: false, openingHours: SEEDED };
const always = { open247: true, openingHours: null };

describe('parseOpeningHours', () => {
  it('reads the seeded shape', () => {
    const week = parseOpeningHours(SEEDED);
    expect(week?.mon).toEqual([{ from: 510, to: 990 }]);
    expect(week?.fri).toEqual([{ from: 510, to: 990 }]);
    expect(week?.sat).toEqual([]);
    expect(week?.sun).toEqual([]);
  });

  it('reads lists, wrapping ranges, split hours and the per-day form', () => {
    const week = parseOpeningHours({ days: 'sat-mon,wed', hours: '14:00-18:00,09:00-12:00' });
    expect(week?.sun).toEqual([
      { from: 540, to: 720 },
      { from: 840, to: 1080 },
    ]);
    expect(week?.wed).toHaveLength(2);
    expect(week?.tue).toEqual([]);
    const perDay = parseOpeningHours({ week: { sat: ['09:00-12:00'], mon: '20:00-24:00' } });
    expect(perDay?.sat).toEqual([{ from: 540, to: 720 }]);
    expect(perDay?.mon).toEqual([{ from: 1200, to: 1440 }]);
    expect(perDay?.tue).toEqual([]);
  });

  it.each([
    null,
    'mon-fri 8-16',
    {},
    { days: 'mon-fri' },
    { days: 'mon-xyz', weekdays: '08:30-16:30' },
    { days: 'mon-fri', weekdays: '16:30-08:30' },
    { days: 'mon-fri', weekdays: '25:00-26:00' },
    { days: 'mon-fri', weekdays: '8h-12h' },
    { week: { someday: ['09:00-12:00'] } },
    { week: { mon: [9] } },
  ])('refuses %j', (raw) => {
    expect(parseOpeningHours(raw)).toBeNull();
  });
});

// Fixed UTC+1 (outside Ramadan); instants are UTC.
describe('openingStatus', () => {
  it.each([
    ['Monday 10:00', '2025-11-17T09:00:00Z', office, 'open', null],
    ['Monday 08:30 sharp', '2025-11-17T07:30:00Z', office, 'open', null],
    ['Monday 16:30 sharp', '2025-11-17T15:30:00Z', office, 'closed', '2025-11-19T07:30:00.000Z'],
    ['Monday 07:00', '2025-11-17T06:00:00Z', office, 'closed', '2025-11-17T07:30:00.000Z'],
    ['Friday 17:00', '2025-11-14T16:00:00Z', office, 'closed', '2025-11-17T07:30:00.000Z'],
    ['Saturday noon', '2025-11-15T11:00:00Z', office, 'closed', '2025-11-17T07:30:00.000Z'],
    [
      'Tuesday 18 Nov (holiday)',
      '2025-11-18T09:00:00Z',
      office,
      'closed',
      '2025-11-19T07:30:00.000Z',
    ],
    [
      'Wednesday 30 Jul (Throne)',
      '2025-07-30T09:00:00Z',
      office,
      'closed',
      '2025-07-31T07:30:00.000Z',
    ],
    [
      'Wednesday 13 Aug 17:00 (before three holidays)',
      '2025-08-13T16:00:00Z',
      office,
      'closed',
      '2025-08-15T07:30:00.000Z',
    ],
    ['24/7 on a holiday', '2025-11-18T02:00:00Z', always, 'open', null],
  ] as const)('%s', (_label, iso, hours, state, next) => {
    const status = openingStatus(hours, new Date(iso), 60);
    expect(status.state).toBe(state);
    if (status.state === 'closed') expect(status.nextOpening?.toISOString()).toBe(next);
  });

  it('marks a holiday closure', () => {
    expect(openingStatus(office, new Date('2025-11-18T09:00:00Z'), 60)).toMatchObject({
      holiday: true,
    });
    expect(openingStatus(office, new Date('2025-11-15T09:00:00Z'), 60)).toMatchObject({
      holiday: false,
    });
  });

  it('is unknown without a readable schedule, and never opens with an empty week', () => {
    expect(openingStatus({ open247: false, openingHours: null }, new Date(), 60)).toEqual({
      state: 'unknown',
    });
    expect(
      openingStatus(
        { open247: false, openingHours: { week: {} } },
        new Date('2025-11-17T09:00:00Z'),
        60,
      ),
    ).toEqual({ state: 'closed', nextOpening: null, holiday: false });
  });

  it('follows Ramadan time when the offset comes from Intl', () => {
    // Monday 10 March 2025, 08:00 UTC = 08:00 in Casablanca (UTC+0): closed until 08:30.
    const at = new Date('2025-03-10T08:00:00Z');
    expect(isOpenAt(office, at)).toBe(false);
    expect(openingStatus(office, at)).toMatchObject({
      nextOpening: new Date('2025-03-10T08:30:00Z'),
    });
    expect(isOpenAt(office, at, 60)).toBe(true);
  });
});
