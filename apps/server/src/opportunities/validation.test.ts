import { describe, expect, it } from 'vitest';
import { lapsed, statusOf } from './status.ts';
import { opportunityProblems, placesLeftAfter, type OpportunityValues } from './validation.ts';

const valid: OpportunityValues = {
  regionCode: '06',
  provinceCodes: ['141', '461'],
  remote: false,
  applyBy: '2026-12-01',
  startsOn: '2026-12-10',
  endsOn: '2027-03-10',
  minAge: 18,
  maxAge: 45,
  placesTotal: 12,
  placesLeft: 12,
};
const problems = (over: Partial<OpportunityValues>) => opportunityProblems({ ...valid, ...over });

describe('an opportunity that holds together', () => {
  it('accepts a complete offer, a region-wide one, and a remote one with no region', () => {
    expect(problems({})).toEqual([]);
    expect(problems({ provinceCodes: [] })).toEqual([]);
    expect(problems({ regionCode: null, provinceCodes: [], remote: true })).toEqual([]);
    expect(problems({ applyBy: null, startsOn: null, endsOn: null, minAge: null })).toEqual([]);
    // The same day for everything is in order.
    expect(
      problems({ applyBy: '2026-12-01', startsOn: '2026-12-01', endsOn: '2026-12-01' }),
    ).toEqual([]);
  });

  it('names the field to change when it does not', () => {
    expect(problems({ regionCode: '13' })).toEqual([
      { field: 'regionCode', issue: 'invalid_choice' },
    ]);
    expect(problems({ provinceCodes: ['141', '541', '999'] })).toEqual([
      { field: 'provinceCodes', index: 1, issue: 'invalid_choice' },
      { field: 'provinceCodes', index: 2, issue: 'invalid_choice' },
    ]);
    expect(problems({ regionCode: null })).toEqual([{ field: 'regionCode', issue: 'required' }]);
    expect(problems({ regionCode: null, provinceCodes: [] })).toEqual([
      { field: 'regionCode', issue: 'required' },
    ]);
    expect(problems({ startsOn: '2026-11-30' })).toEqual([
      { field: 'startsOn', issue: 'too_small' },
    ]);
    expect(problems({ endsOn: '2026-12-09' })).toEqual([{ field: 'endsOn', issue: 'too_small' }]);
    expect(problems({ startsOn: null, endsOn: '2026-11-30' })).toEqual([
      { field: 'endsOn', issue: 'too_small' },
    ]);
    expect(problems({ minAge: 30, maxAge: 25 })).toEqual([{ field: 'maxAge', issue: 'too_small' }]);
    expect(problems({ placesLeft: 13 })).toEqual([{ field: 'placesLeft', issue: 'too_big' }]);
    expect(problems({ placesTotal: null, placesLeft: 3 })).toEqual([
      { field: 'placesLeft', issue: 'invalid' },
    ]);
  });

  it('moves the places left with the total, keeping those taken, never below zero', () => {
    const before = { placesTotal: 12, placesLeft: 9 };
    expect(placesLeftAfter(before, 15)).toBe(12);
    expect(placesLeftAfter(before, 10)).toBe(7);
    expect(placesLeftAfter(before, 2)).toBe(0);
    expect(placesLeftAfter(before, null)).toBeNull();
    expect(placesLeftAfter({ placesTotal: null, placesLeft: null }, 8)).toBe(8);
  });
});

describe('where an opportunity stands', () => {
  const row = {
    closedAt: null,
    expiredAt: null,
    applyBy: '2026-12-01',
    endsOn: '2027-03-10',
    placesLeft: 3,
  };
  it('reads open, full, expired and closed, in that order of precedence', () => {
    expect(statusOf(row, '2026-12-01')).toBe('open');
    expect(statusOf(row, '2026-12-02')).toBe('expired');
    expect(statusOf({ ...row, endsOn: '2026-11-01', applyBy: null }, '2026-11-02')).toBe('expired');
    expect(statusOf({ ...row, placesLeft: 0 }, '2026-11-20')).toBe('full');
    expect(statusOf({ ...row, placesLeft: null }, '2026-11-20')).toBe('open');
    expect(statusOf({ ...row, expiredAt: new Date() }, '2026-11-20')).toBe('expired');
    expect(statusOf({ ...row, placesLeft: 0, closedAt: new Date() }, '2026-12-02')).toBe('closed');
    expect(lapsed({ applyBy: null, endsOn: null }, '2099-01-01')).toBe(false);
  });
});
