import type { DropReason, EconomicOutcome } from '@sanad/core';
import type { CaseRow } from '../cases/load.ts';
import type { Db } from '../db/database.ts';
import { enrolmentEvents, type EnrolmentEventStep } from '../db/schema/index.ts';
import { newId } from '../platform/ids.ts';
import type { OpportunityRow } from './cards.ts';
import { casablancaDate } from './dates.ts';
import type { EnrolmentRow } from './load.ts';

/**
 * Writes one step to the indicators' feed, in the step's transaction: codes, a place and a date,
 * nothing that names her. The province is the case's when the step happened.
 */
export async function recordPathwayEvent(
  tx: Db,
  at: {
    readonly enrolment: Pick<EnrolmentRow, 'id' | 'caseId'>;
    readonly opportunity: Pick<OpportunityRow, 'id' | 'kind'>;
    readonly kase: Pick<CaseRow, 'regionCode' | 'provinceCode'>;
  },
  step: EnrolmentEventStep,
  now: Date,
  detail: {
    readonly dropReason?: DropReason | null;
    readonly outcome?: EconomicOutcome | null;
  } = {},
): Promise<void> {
  await tx.insert(enrolmentEvents).values({
    id: newId(),
    enrolmentId: at.enrolment.id,
    caseId: at.enrolment.caseId,
    opportunityId: at.opportunity.id,
    opportunityKind: at.opportunity.kind,
    step,
    dropReason: detail.dropReason ?? null,
    outcome: detail.outcome ?? null,
    regionCode: at.kase.regionCode,
    provinceCode: at.kase.provinceCode,
    occurredOn: casablancaDate(now),
    occurredAt: now,
  });
}
