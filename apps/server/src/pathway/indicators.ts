import type { Actor, EconomicOutcome, OpportunityKind } from '@sanad/core';
import { and, eq, gte, lte, sql, type AnyColumn } from 'drizzle-orm';
import { auditActorOf, recordAudit } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import {
  cases,
  enrolmentEvents,
  enrolments,
  intakeDetails,
  opportunities,
} from '../db/schema/index.ts';
import type { FunnelView } from './schemas.ts';

/**
 * Only cases whose latest word on statistics is yes count (Law 09-08; DOMAIN.md §8): her refusal,
 * or a withdrawal, takes her out of every figure.
 */
const statisticsAllowed = (caseId: AnyColumn) => sql`(
  SELECT c.granted AND c.withdrawn_at IS NULL FROM consents c
  WHERE c.case_id = ${caseId} AND c.purpose = 'statistics'
  ORDER BY c.recorded_at DESC, c.id DESC LIMIT 1) IS TRUE`;

export interface FunnelFilter {
  readonly from: string;
  readonly to: string;
  readonly regionCode?: string | undefined;
  readonly provinceCode?: string | undefined;
}

const count = sql<number>`count(*)::int`;

/**
 * The economic pathway's feed for the indicators (issue #8 builds its rollups on it): support
 * requests by kind sought and province, each step reached (proposed = matches offered, referred,
 * enrolled, completed, dropped…) by kind and province, and outcomes by kind — for a period of
 * Casablanca dates. Counts only; the dashboards apply small-cell suppression.
 */
export async function economicFunnel(
  db: Db,
  actor: Actor,
  asked: FunnelFilter,
  requestId: string,
): Promise<FunnelView> {
  let filter = asked;
  // A regional or provincial account counts its own territory, whatever it asked.
  const scope = actor.scope;
  if (scope.level !== 'national') {
    filter = {
      ...filter,
      regionCode: scope.region,
      provinceCode: scope.level === 'province' ? scope.province : filter.provinceCode,
    };
  }
  return db.transaction(async (tx) => {
    const casePlace = [
      filter.regionCode ? eq(cases.regionCode, filter.regionCode) : undefined,
      filter.provinceCode ? eq(cases.provinceCode, filter.provinceCode) : undefined,
    ];
    const sought = sql<OpportunityKind>`(CASE s.choice WHEN 'job' THEN 'job_offer' ELSE s.choice END)`;
    const requests = await tx
      .select({ kind: sought, provinceCode: cases.provinceCode, count })
      .from(cases)
      .innerJoin(intakeDetails, eq(intakeDetails.caseId, cases.id))
      .innerJoin(sql`unnest(${intakeDetails.seeking}) AS s(choice)`, sql`true`)
      .where(
        and(
          eq(cases.kind, 'support_request'),
          gte(sql`(${cases.createdAt} AT TIME ZONE 'Africa/Casablanca')::date`, filter.from),
          lte(sql`(${cases.createdAt} AT TIME ZONE 'Africa/Casablanca')::date`, filter.to),
          statisticsAllowed(cases.id),
          ...casePlace,
        ),
      )
      .groupBy(sought, cases.provinceCode)
      .orderBy(sought, cases.provinceCode);
    const eventPlace = [
      filter.regionCode ? eq(enrolmentEvents.regionCode, filter.regionCode) : undefined,
      filter.provinceCode ? eq(enrolmentEvents.provinceCode, filter.provinceCode) : undefined,
    ];
    const steps = await tx
      .select({
        kind: enrolmentEvents.opportunityKind,
        provinceCode: enrolmentEvents.provinceCode,
        step: enrolmentEvents.step,
        count,
      })
      .from(enrolmentEvents)
      .where(
        and(
          gte(enrolmentEvents.occurredOn, filter.from),
          lte(enrolmentEvents.occurredOn, filter.to),
          sql`${enrolmentEvents.step} <> 'outcome'`,
          statisticsAllowed(enrolmentEvents.caseId),
          ...eventPlace,
        ),
      )
      .groupBy(enrolmentEvents.opportunityKind, enrolmentEvents.provinceCode, enrolmentEvents.step)
      .orderBy(enrolmentEvents.opportunityKind, enrolmentEvents.provinceCode, enrolmentEvents.step);
    // Her latest outcome counts once, dated when it happened.
    const outcomes = await tx
      .select({
        kind: opportunities.kind,
        outcome: sql<EconomicOutcome>`${enrolments.outcome}`,
        count,
      })
      .from(enrolments)
      .innerJoin(opportunities, eq(opportunities.id, enrolments.opportunityId))
      .innerJoin(cases, eq(cases.id, enrolments.caseId))
      .where(
        and(
          sql`${enrolments.outcome} IS NOT NULL`,
          gte(enrolments.outcomeOn, filter.from),
          lte(enrolments.outcomeOn, filter.to),
          statisticsAllowed(cases.id),
          ...casePlace,
        ),
      )
      .groupBy(opportunities.kind, enrolments.outcome)
      .orderBy(opportunities.kind, enrolments.outcome);
    await recordAudit(tx, {
      action: 'indicators.viewed',
      actor: auditActorOf(actor),
      recordType: 'indicator',
      recordId: 'economic_pathway',
      requestId,
      diff: { ...filter },
    });
    return { from: filter.from, to: filter.to, requests, steps, outcomes };
  });
}
