import { survivorStage } from '@sanad/core';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { enrolments, institutions, opportunities } from '../db/schema/index.ts';
import type { EnrolmentRow } from './load.ts';
import { availabilityOf, type OpportunityRow } from './cards.ts';
import { casablancaDate } from './dates.ts';
import type { SurvivorOpportunity } from './schemas.ts';

/** An opportunity as her app shows it: what, where, when, what is provided, where she stands. */
export function survivorOpportunityOf(
  row: EnrolmentRow,
  o: OpportunityRow,
  providerName: string,
  now: Date,
): SurvivorOpportunity {
  return {
    enrolmentId: row.id,
    kind: o.kind,
    title: o.title,
    description: o.description,
    provider: providerName,
    provinceCodes: o.provinceCodes,
    remote: o.remote,
    startsOn: o.startsOn,
    applyBy: o.applyBy,
    childcare: o.childcare,
    transport: o.transport,
    stipend: o.stipend,
    stage: survivorStage(row.status),
    open: availabilityOf(o, casablancaDate(now)) === 'open',
  };
}

/**
 * The opportunities proposed to her, oldest first, for "follow my request". The provider is
 * named: she cannot agree to be passed on to an organisation she is not told of.
 */
export async function survivorOpportunities(
  tx: Db,
  caseId: string,
): Promise<SurvivorOpportunity[]> {
  const rows = await tx
    .select({ row: enrolments, o: opportunities, providerName: institutions.name })
    .from(enrolments)
    .innerJoin(opportunities, eq(opportunities.id, enrolments.opportunityId))
    .innerJoin(institutions, eq(institutions.id, opportunities.providerId))
    .where(eq(enrolments.caseId, caseId))
    .orderBy(asc(enrolments.createdAt), asc(enrolments.id));
  const now = new Date();
  return rows.map(({ row, o, providerName }) => survivorOpportunityOf(row, o, providerName, now));
}
