import { describe, expect, it } from 'vitest';
import { cellReader, dateOf } from './cells.ts';

describe('reading the cells of a row', () => {
  it('reads dates as written by hand or by a French spreadsheet, and only real days', () => {
    expect(dateOf('2026-12-01')).toBe('2026-12-01');
    expect(dateOf('1/12/2026')).toBe('2026-12-01');
    expect(dateOf('31/12/2026')).toBe('2026-12-31');
    expect(dateOf('2027-02-29')).toBeUndefined();
    expect(dateOf('31/02/2027')).toBeUndefined();
    expect(dateOf('12/31/2026')).toBeUndefined();
    expect(dateOf('demain')).toBeUndefined();
  });

  it('reports every unreadable cell under its column and carries on', () => {
    type C = 'n' | 'd' | 'y' | 'k' | 'ks' | 't' | 'x';
    const read = cellReader<C>({
      n: '12a',
      d: '2026-13-01',
      y: 'peut-être',
      k: 'Training',
      ks: 'ar;fr|es',
      t: 'a',
      x: 'ok\u0000',
    });
    expect(read.count('n', 100)).toBeNull();
    expect(read.date('d')).toBeNull();
    expect(read.yesNo('y')).toBeNull();
    expect(read.choice('k', ['training', 'job_offer'])).toBe('training');
    expect(read.choices('ks', ['ar', 'fr'])).toEqual([]);
    expect(read.text('t', 3, 10)).toBe('a');
    read.checkControlCharacters(['x', 't']);
    expect(read.problems).toEqual([
      { field: 'n', issue: 'invalid_format' },
      { field: 'd', issue: 'invalid_format' },
      { field: 'y', issue: 'invalid_format' },
      { field: 'ks', issue: 'invalid_choice' },
      { field: 't', issue: 'too_small' },
      { field: 'x', issue: 'invalid_format' },
    ]);
  });

  it('reads yes and no in the words people type, an empty cell being no', () => {
    const read = cellReader<'a' | 'b' | 'c' | 'd'>({ a: 'Oui', b: 'نعم', c: '', d: '0' });
    expect([read.yesNo('a'), read.yesNo('b'), read.yesNo('c'), read.yesNo('d')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(read.problems).toEqual([]);
  });
});
