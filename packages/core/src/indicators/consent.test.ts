import { describe, expect, it } from 'vitest';
import type { ConsentPurpose } from '../vocabulary/consent-purposes.ts';
import { countsForStatistics, type ConsentRecord } from './consent.ts';

const at = (day: number): Date => new Date(Date.UTC(2026, 0, day, 10));
const word = (
  purpose: ConsentPurpose,
  granted: boolean,
  day: number,
  withdrawnDay: number | null = null,
): ConsentRecord => ({
  purpose,
  granted,
  recordedAt: at(day),
  withdrawnAt: withdrawnDay === null ? null : at(withdrawnDay),
});

describe('countsForStatistics', () => {
  type Row = readonly [label: string, consents: readonly ConsentRecord[], counts: boolean];
  const ROWS: readonly Row[] = [
    ['no consent at all', [], false],
    ['consents for other purposes only', [word('care', true, 1), word('location', true, 1)], false],
    ['statistics granted', [word('statistics', true, 1)], true],
    ['statistics refused', [word('statistics', false, 1)], false],
    ['statistics granted then withdrawn', [word('statistics', true, 1, 5)], false],
    [
      'granted, then refused later',
      [word('statistics', true, 1), word('statistics', false, 3)],
      false,
    ],
    [
      'refused, then granted later',
      [word('statistics', false, 1), word('statistics', true, 3)],
      true,
    ],
    [
      'granted later but listed first',
      [word('statistics', true, 3), word('statistics', false, 1)],
      true,
    ],
    [
      'refused later but listed first',
      [word('statistics', false, 3), word('statistics', true, 1)],
      false,
    ],
    [
      'withdrawn, then granted again',
      [word('statistics', true, 1, 2), word('statistics', true, 4)],
      true,
    ],
    [
      'granted again, then that one withdrawn',
      [word('statistics', true, 1), word('statistics', true, 4, 6)],
      false,
    ],
    [
      'same instant, refusal stored last',
      [word('statistics', true, 2), word('statistics', false, 2)],
      false,
    ],
    [
      'same instant, grant stored last',
      [word('statistics', false, 2), word('statistics', true, 2)],
      true,
    ],
    [
      'a later refusal of care does not touch statistics',
      [word('statistics', true, 1), word('care', false, 5)],
      true,
    ],
  ];
  it.each(ROWS)('%s → %s', (_label, consents, expected) => {
    expect(countsForStatistics(consents)).toBe(expected);
  });
});
