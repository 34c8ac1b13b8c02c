import type { EconomicOutcome, EnrolmentStatus } from '@sanad/core';
import { date, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from './columns.ts';

/** A woman's path through one opportunity, from the listener's proposal to its outcome. */
export const enrolments = pgTable('enrolments', {
  id: uuid().primaryKey(),
  opportunityId: uuid('opportunity_id').notNull(),
  caseId: uuid('case_id').notNull(),
  referralId: uuid('referral_id'),
  status: text().$type<EnrolmentStatus>().notNull(),
  droppedReason: text('dropped_reason'),
  outcome: text().$type<EconomicOutcome>(),
  outcomeOn: date('outcome_on'),
  proposedBy: uuid('proposed_by'),
  ...timestamps,
});
