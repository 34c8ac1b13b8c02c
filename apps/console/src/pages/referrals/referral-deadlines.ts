import type { DeadlineStage, ReferralView } from '../../api/referral-types.ts';

/** The deadline a referral is waiting on now, and whether it has passed. */
export interface PendingDeadline {
  readonly stage: DeadlineStage;
  /** ISO 8601; null when the server gave no time (the overdue flag alone then says it). */
  readonly dueAt: string | null;
  readonly overdue: boolean;
  /** Negative once passed. */
  readonly secondsLeft: number;
}

type Deadlines = Pick<ReferralView, 'status' | 'acknowledgeDueAt' | 'acceptDueAt' | 'overdue'>;

/**
 * Which clock runs: a sent referral waits to be acknowledged, an acknowledged one to be accepted
 * or declined; other statuses wait on nobody. Overdue when the server says so, or as soon as the
 * time passes on this screen (the server's flag follows within its own job's period).
 */
export function pendingDeadline(referral: Deadlines, now: number): PendingDeadline | undefined {
  const stage: DeadlineStage | undefined =
    referral.status === 'sent'
      ? 'acknowledge'
      : referral.status === 'acknowledged'
        ? 'accept'
        : undefined;
  if (stage === undefined) return undefined;
  const dueAt = stage === 'acknowledge' ? referral.acknowledgeDueAt : referral.acceptDueAt;
  const due = dueAt === null ? Number.NaN : Date.parse(dueAt);
  const flagged = referral.overdue === stage;
  if (Number.isNaN(due)) {
    return flagged ? { stage, dueAt: null, overdue: true, secondsLeft: 0 } : undefined;
  }
  const secondsLeft = Math.round((due - now) / 1000);
  return { stage, dueAt, overdue: flagged || secondsLeft <= 0, secondsLeft };
}

/** A span as people say it: minutes under an hour, hours under two days, then days. */
export interface RoughDuration {
  readonly unit: 'minute' | 'hour' | 'day';
  readonly value: number;
}

export function roughDuration(seconds: number): RoughDuration {
  const span = Math.abs(seconds);
  if (span < 3600) return { unit: 'minute', value: Math.max(1, Math.ceil(span / 60)) };
  if (span < 48 * 3600) return { unit: 'hour', value: Math.floor(span / 3600) };
  return { unit: 'day', value: Math.floor(span / 86_400) };
}
