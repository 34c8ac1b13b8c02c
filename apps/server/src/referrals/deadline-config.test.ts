import { describe, expect, it } from 'vitest';
import { parseReferralDeadlines } from './deadline-config.ts';

describe('SANAD_REFERRAL_DEADLINES', () => {
  it('reads per-urgency and per-stage overrides in minutes, hours and working days', () => {
    expect(parseReferralDeadlines('emergency=10m, high.accept=2h,standard=3wd')).toEqual({
      spans: {
        emergency: { acknowledge: { minutes: 10 }, accept: { minutes: 10 } },
        high: { accept: { minutes: 120 } },
        standard: { acknowledge: { workingDays: 3 }, accept: { workingDays: 3 } },
      },
    });
    expect(parseReferralDeadlines('')).toEqual({ spans: {} });
  });
  it.each(['urgent=5m', 'high=5', 'high=0m', 'high.close=5m', 'high=-1h'])(
    'says what is wrong with %s',
    (text) => {
      const parsed = parseReferralDeadlines(text);
      expect('problem' in parsed && parsed.problem.length > 0).toBe(true);
    },
  );
});
