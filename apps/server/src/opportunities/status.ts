import { toLocal } from '@sanad/core';
import { and, eq, gt, isNotNull, isNull, not, or, sql, type SQL } from 'drizzle-orm';
import { opportunities } from '../db/schema/index.ts';

/**
 * Where an opportunity stands, computed from its row at read time: the daily expiry job marks
 * past offers (so matching and indexes skip them), but a deadline that passed at midnight reads
 * as expired at once, before the job has run.
 */
export const OPPORTUNITY_STATUSES = ['open', 'full', 'expired', 'closed'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

type StatusFields = Pick<
  typeof opportunities.$inferSelect,
  'closedAt' | 'expiredAt' | 'applyBy' | 'endsOn' | 'placesLeft'
>;

const pad = (n: number): string => String(n).padStart(2, '0');

/** Today's calendar date in Africa/Casablanca, `YYYY-MM-DD`: deadlines are Moroccan dates. */
export function casablancaToday(now: Date): string {
  const local = toLocal(now);
  return `${String(local.year)}-${pad(local.month)}-${pad(local.day)}`;
}

/** Its last day to apply, or its last day, is behind us (dates compare as strings). */
export function lapsed(row: Pick<StatusFields, 'applyBy' | 'endsOn'>, today: string): boolean {
  return (
    (row.applyBy !== null && row.applyBy < today) || (row.endsOn !== null && row.endsOn < today)
  );
}

/** Closed by its manager, then expired (marked or by date), then full, else open. */
export function statusOf(row: StatusFields, today: string): OpportunityStatus {
  if (row.closedAt !== null) return 'closed';
  if (row.expiredAt !== null || lapsed(row, today)) return 'expired';
  if (row.placesLeft === 0) return 'full';
  return 'open';
}

/**
 * The SQL twin of `lapsed`. A null date is never "past", and `NOT lapsed` must keep a row with
 * no dates: hence `coalesce`, so the expression is never NULL.
 */
export const lapsedSql = (today: string): SQL =>
  sql`(coalesce(${opportunities.applyBy} < ${today}, false) or coalesce(${opportunities.endsOn} < ${today}, false))`;

const expiredSql = (today: string): SQL =>
  and(isNull(opportunities.closedAt), or(isNotNull(opportunities.expiredAt), lapsedSql(today))) ??
  sql`false`;

const runningSql = (today: string): SQL =>
  and(isNull(opportunities.closedAt), isNull(opportunities.expiredAt), not(lapsedSql(today))) ??
  sql`false`;

/**
 * The SQL twin of `statusOf(row) === status`, so a list filters in the database with the same
 * meaning a row is presented with.
 */
export function statusIsSql(status: OpportunityStatus, today: string): SQL {
  switch (status) {
    case 'closed':
      return isNotNull(opportunities.closedAt);
    case 'expired':
      return expiredSql(today);
    case 'full':
      return and(runningSql(today), eq(opportunities.placesLeft, 0)) ?? sql`false`;
    case 'open':
      return (
        and(
          runningSql(today),
          or(isNull(opportunities.placesLeft), gt(opportunities.placesLeft, 0)),
        ) ?? sql`false`
      );
  }
}
