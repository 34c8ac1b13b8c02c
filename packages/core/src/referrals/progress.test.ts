import { describe, expect, it } from 'vitest';
import { followProgress, type FollowReferral } from './progress.ts';

const at = (hour: number) => new Date(Date.UTC(2026, 10, 20, hour));
const referral = (over: Partial<FollowReferral>): FollowReferral => ({
  status: 'sent',
  sentAt: at(2),
  acceptedAt: null,
  completedAt: null,
  firstServiceAt: null,
  ...over,
});
const steps = (referrals: FollowReferral[]) =>
  followProgress(at(1), referrals).map((s) => `${s.step}@${String(s.at.getUTCHours())}`);

describe('followProgress', () => {
  it('shows only that it was received while nothing was passed on', () => {
    expect(steps([])).toEqual(['received@1']);
    expect(steps([referral({ status: 'draft', sentAt: null })])).toEqual(['received@1']);
    expect(steps([referral({ status: 'revoked' })])).toEqual(['received@1']);
  });
  it('never takes back what she was already shown', () => {
    expect(steps([referral({ status: 'revoked', acceptedAt: at(4) })])).toEqual([
      'received@1',
      'referred@2',
      'taken_in_charge@4',
    ]);
  });
  it('walks through each step at its first time', () => {
    expect(
      steps([
        referral({ status: 'in_progress', acceptedAt: at(4), firstServiceAt: at(6) }),
        referral({ status: 'declined', sentAt: at(3) }),
      ]),
    ).toEqual(['received@1', 'referred@2', 'taken_in_charge@4', 'service_given@6']);
  });
  it('is completed only when nothing is still under way', () => {
    const done = referral({
      status: 'completed',
      acceptedAt: at(4),
      firstServiceAt: at(5),
      completedAt: at(8),
    });
    expect(steps([done]).at(-1)).toBe('completed@8');
    expect(steps([done, referral({ status: 'acknowledged', sentAt: at(7) })]).at(-1)).toBe(
      'service_given@5',
    );
  });
});
