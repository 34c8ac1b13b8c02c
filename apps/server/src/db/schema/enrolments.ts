import type {
  AgeBand,
  Availability,
  DropReason,
  EconomicOutcome,
  EnrolmentStatus,
  Locale,
  Mobility,
  OpportunityKind,
  SchoolingLevel,
} from '@sanad/core';
import { boolean, date, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea } from '../types.ts';
import { timestamps } from './columns.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

/** What she seeks and what she brings, once saved (before that, read from her request). */
export const economicProfiles = pgTable('economic_profiles', {
  caseId: uuid('case_id').primaryKey(),
  seeking: text().array().$type<OpportunityKind[]>().notNull(),
  provinceCode: text('province_code'),
  ageBand: text('age_band').$type<AgeBand>(),
  schooling: text().$type<SchoolingLevel>(),
  literate: boolean(),
  needsChildcare: boolean('needs_childcare').notNull(),
  mobility: text().$type<Mobility>().notNull(),
  availability: text().$type<Availability>(),
  languages: text().array().$type<Locale[]>().notNull(),
  skillsEnc: bytea('skills_enc'),
  version: integer().notNull(),
  updatedBy: uuid('updated_by'),
  ...timestamps,
});

/** A woman's path through one opportunity, from the listener's proposal to its outcome. */
export const enrolments = pgTable('enrolments', {
  id: uuid().primaryKey(),
  opportunityId: uuid('opportunity_id').notNull(),
  caseId: uuid('case_id').notNull(),
  referralId: uuid('referral_id'),
  status: text().$type<EnrolmentStatus>().notNull(),
  droppedReason: text('dropped_reason').$type<DropReason>(),
  outcome: text().$type<EconomicOutcome>(),
  outcomeOn: date('outcome_on'),
  proposedBy: uuid('proposed_by'),
  version: integer().notNull(),
  interestedAt: at('interested_at'),
  referredAt: at('referred_at'),
  appliedAt: at('applied_at'),
  enrolledAt: at('enrolled_at'),
  completedOn: date('completed_on'),
  droppedAt: at('dropped_at'),
  placeTaken: boolean('place_taken').notNull(),
  outcomeRecordedAt: at('outcome_recorded_at'),
  ...timestamps,
});

/** Each step taken on an enrolment: the timeline's and the indicators' source (codes only). */
export const enrolmentEvents = pgTable('enrolment_events', {
  id: uuid().primaryKey(),
  enrolmentId: uuid('enrolment_id').notNull(),
  caseId: uuid('case_id').notNull(),
  opportunityId: uuid('opportunity_id').notNull(),
  opportunityKind: text('opportunity_kind').$type<OpportunityKind>().notNull(),
  step: text().$type<EnrolmentEventStep>().notNull(),
  dropReason: text('drop_reason').$type<DropReason>(),
  outcome: text().$type<EconomicOutcome>(),
  regionCode: text('region_code'),
  provinceCode: text('province_code'),
  occurredOn: date('occurred_on').notNull(),
  occurredAt: at('occurred_at').notNull().defaultNow(),
});

/** A step as the feed counts it: a status reached, or an outcome recorded. */
export type EnrolmentEventStep = EnrolmentStatus | 'outcome';
