import { describe, expect, it } from 'vitest';
import { pendingDeadline, roughDuration } from './referral-deadlines.ts';
import { referralFixture } from './referral-fixture.ts';

const at = (iso: string) => Date.parse(iso);

describe('the deadline a referral waits on', () => {
  it('counts down to the acknowledgement of a sent referral', () => {
    const referral = referralFixture({ acknowledgeDueAt: '2026-11-22T10:15:00.000Z' });
    expect(pendingDeadline(referral, at('2026-11-22T10:03:00Z'))).toEqual({
      stage: 'acknowledge',
      dueAt: '2026-11-22T10:15:00.000Z',
      overdue: false,
      secondsLeft: 720,
    });
  });

  it('is overdue as soon as the time passes on screen, before the server flags it', () => {
    const referral = referralFixture({ acknowledgeDueAt: '2026-11-22T10:15:00.000Z' });
    const late = pendingDeadline(referral, at('2026-11-22T10:22:00Z'));
    expect(late).toMatchObject({ overdue: true, secondsLeft: -420 });
    expect(pendingDeadline(referral, at('2026-11-22T10:15:00Z'))?.overdue).toBe(true);
  });

  it('believes the server’s overdue flag even when this clock is behind', () => {
    const referral = referralFixture({
      acknowledgeDueAt: '2026-11-22T10:15:00.000Z',
      overdue: 'acknowledge',
    });
    expect(pendingDeadline(referral, at('2026-11-22T10:14:00Z'))?.overdue).toBe(true);
  });

  it('waits on acceptance once acknowledged', () => {
    const referral = referralFixture({
      status: 'acknowledged',
      acknowledgedAt: '2026-11-22T10:05:00.000Z',
      acceptDueAt: '2026-11-22T10:20:00.000Z',
    });
    expect(pendingDeadline(referral, at('2026-11-22T10:06:00Z'))).toMatchObject({
      stage: 'accept',
      dueAt: '2026-11-22T10:20:00.000Z',
      overdue: false,
    });
  });

  it('says overdue without a time when the server gives only its flag', () => {
    const referral = referralFixture({
      status: 'acknowledged',
      acceptDueAt: null,
      overdue: 'accept',
    });
    expect(pendingDeadline(referral, at('2026-11-22T10:06:00Z'))).toEqual({
      stage: 'accept',
      dueAt: null,
      overdue: true,
      secondsLeft: 0,
    });
    expect(
      pendingDeadline({ ...referral, overdue: null }, at('2026-11-22T10:06:00Z')),
    ).toBeUndefined();
  });

  it.each(['draft', 'accepted', 'in_progress', 'declined', 'completed', 'revoked'] as const)(
    'runs no clock once %s',
    (status) => {
      const referral = referralFixture({ status, overdue: 'acknowledge' });
      expect(pendingDeadline(referral, at('2026-11-23T00:00:00Z'))).toBeUndefined();
    },
  );
});

describe('rough durations', () => {
  it.each([
    [0, 'minute', 1],
    [59, 'minute', 1],
    [61, 'minute', 2],
    [3599, 'minute', 60],
    [3600, 'hour', 1],
    [-5400, 'hour', 1],
    [48 * 3600, 'day', 2],
  ])('%i s → %i %s', (seconds, unit, value) => {
    expect(roughDuration(seconds)).toEqual({ unit, value });
  });
});
