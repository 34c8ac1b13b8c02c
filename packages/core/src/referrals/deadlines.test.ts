import { describe, expect, it } from 'vitest';
import type { UrgencyLevel } from '../vocabulary/urgency-levels.ts';
import { addWorkingDays, deadlineFor, type DeadlineKind } from './deadlines.ts';

// Instants in UTC; Casablanca is UTC+1 in November 2025. Fri 14, Sat 15, Sun 16, Mon 17,
// Tue 18 (Independence Day), Wed 19, Thu 20, Fri 21, Mon 24.
const ROWS: readonly (readonly [string, UrgencyLevel, DeadlineKind, string, string])[] = [
  [
    'emergency, 15 min',
    'emergency',
    'acknowledge',
    '2025-11-15T22:00:00Z',
    '2025-11-15T22:15:00.000Z',
  ],
  [
    'emergency on a holiday night',
    'emergency',
    'accept',
    '2025-11-18T01:50:00Z',
    '2025-11-18T02:05:00.000Z',
  ],
  [
    'high, 4 h over midnight',
    'high',
    'acknowledge',
    '2025-11-14T22:30:00Z',
    '2025-11-15T02:30:00.000Z',
  ],
  [
    'medium from Friday 10:00, over weekend and holiday',
    'medium',
    'acknowledge',
    '2025-11-14T09:00:00Z',
    '2025-11-19T09:00:00.000Z',
  ],
  [
    'medium from Monday 10:00',
    'medium',
    'accept',
    '2025-11-10T09:00:00Z',
    '2025-11-12T09:00:00.000Z',
  ],
  [
    'medium from Saturday: whole Monday and Wednesday',
    'medium',
    'acknowledge',
    '2025-11-15T11:00:00Z',
    '2025-11-19T23:00:00.000Z',
  ],
  [
    'medium from the holiday itself',
    'medium',
    'acknowledge',
    '2025-11-18T09:00:00Z',
    '2025-11-20T23:00:00.000Z',
  ],
  [
    'standard from Friday 10:00',
    'standard',
    'acknowledge',
    '2025-11-14T09:00:00Z',
    '2025-11-24T09:00:00.000Z',
  ],
  [
    'standard from Friday 23:30 local',
    'standard',
    'accept',
    '2025-11-14T22:30:00Z',
    '2025-11-24T22:30:00.000Z',
  ],
  [
    'medium from Saturday 00:30 local (still Friday in UTC)',
    'medium',
    'acknowledge',
    '2025-11-14T23:30:00Z',
    '2025-11-19T23:00:00.000Z',
  ],
  [
    'medium over 20-21 Aug',
    'medium',
    'acknowledge',
    '2025-08-19T09:00:00Z',
    '2025-08-25T09:00:00.000Z',
  ],
];

describe('deadlineFor (defaults, Casablanca time)', () => {
  it.each(ROWS)('%s', (_label, urgency, kind, from, expected) => {
    expect(deadlineFor(urgency, new Date(from), kind).toISOString()).toBe(expected);
  });

  it('takes configured spans and a fixed offset', () => {
    const config = {
      spans: { high: { accept: { minutes: 60 } }, standard: { acknowledge: { workingDays: 1 } } },
      utcOffset: 0,
    };
    const from = new Date('2025-11-14T09:00:00Z');
    expect(deadlineFor('high', from, 'accept', config).toISOString()).toBe(
      '2025-11-14T10:00:00.000Z',
    );
    expect(deadlineFor('high', from, 'acknowledge', config).toISOString()).toBe(
      '2025-11-14T13:00:00.000Z',
    );
    expect(deadlineFor('standard', from, 'acknowledge', config).toISOString()).toBe(
      '2025-11-17T09:00:00.000Z',
    );
  });

  it('keeps the wall-clock time across the Ramadan offset change', () => {
    // Fri 4 Apr 2025 10:00 (Ramadan time, UTC+0) + 2 working days = Tue 8 Apr 10:00 (UTC+1).
    expect(addWorkingDays(new Date('2025-04-04T10:00:00Z'), 2).toISOString()).toBe(
      '2025-04-08T09:00:00.000Z',
    );
  });

  it('refuses nonsense spans', () => {
    expect(() => addWorkingDays(new Date(), -1)).toThrow(RangeError);
    expect(() => addWorkingDays(new Date(), 1.5)).toThrow(RangeError);
  });
});
