import { describe, expect, it } from 'vitest';
import { isSuppressionThreshold, parseSuppressionThreshold } from './threshold.ts';

describe('parseSuppressionThreshold', () => {
  it.each([
    [undefined, 5],
    ['', 5],
    ['  ', 5],
    ['5', 5],
    ['2', 2],
    ['10', 10],
    [' 12 ', 12],
    ['50', 50],
  ])('reads %j as %i', (raw, expected) => {
    expect(parseSuppressionThreshold(raw)).toBe(expected);
  });

  it.each(['0', '1', '51', '-5', '5.5', '5e1', 'five', '0x10', '3 4'])('refuses %j', (raw) => {
    expect(() => parseSuppressionThreshold(raw)).toThrow(RangeError);
  });
});

describe('isSuppressionThreshold', () => {
  it.each([
    [2, true],
    [5, true],
    [50, true],
    [1, false],
    [51, false],
    [4.5, false],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
  ])('%d → %s', (value, expected) => {
    expect(isSuppressionThreshold(value)).toBe(expected);
  });
});
