import type { ReferralStatus } from '../vocabulary/referral-statuses.ts';

/**
 * Her request's progress in plain words (issue #6), for the survivor app's "follow my request":
 * received; passed on to a service that can help; taken in charge; help given; completed. Never
 * which institution, nor anything a person looking over her shoulder could read as violence.
 */
export const FOLLOW_STEPS = [
  'received',
  'referred',
  'taken_in_charge',
  'service_given',
  'completed',
] as const;

export type FollowStep = (typeof FOLLOW_STEPS)[number];

export interface FollowReferral {
  readonly status: ReferralStatus;
  readonly sentAt: Date | null;
  readonly acceptedAt: Date | null;
  readonly completedAt: Date | null;
  /** When the first service was recorded on it, if any. */
  readonly firstServiceAt: Date | null;
}

/**
 * The steps reached, each at its first time, in order. A referral revoked before it was taken
 * in charge does not count (it may have been sent in error); one revoked later keeps what she
 * was already shown; a declined one still shows it was passed on. `completed` needs at least one referral completed and none still under way.
 */
export function followProgress(
  receivedAt: Date,
  referrals: readonly FollowReferral[],
): { step: FollowStep; at: Date }[] {
  const counted = referrals.filter(
    (r) =>
      r.status !== 'draft' &&
      !(r.status === 'revoked' && r.acceptedAt === null && r.firstServiceAt === null),
  );
  const first = (dates: (Date | null)[]): Date | null =>
    dates.reduce<Date | null>(
      (min, d) => (d !== null && (min === null || d < min) ? d : min),
      null,
    );
  const steps: { step: FollowStep; at: Date }[] = [{ step: 'received', at: receivedAt }];
  const referred = first(counted.map((r) => r.sentAt));
  if (referred) steps.push({ step: 'referred', at: referred });
  const taken = first(counted.map((r) => r.acceptedAt));
  if (taken) steps.push({ step: 'taken_in_charge', at: taken });
  const given = first(counted.map((r) => r.firstServiceAt));
  if (given) steps.push({ step: 'service_given', at: given });
  const underWay = counted.some((r) =>
    ['sent', 'acknowledged', 'accepted', 'in_progress'].includes(r.status),
  );
  const done = first(counted.map((r) => r.completedAt));
  if (done && !underWay) steps.push({ step: 'completed', at: done });
  return steps;
}
