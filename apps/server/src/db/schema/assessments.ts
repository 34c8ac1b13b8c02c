import type { ConsentPurpose, ContactChannel, UrgencyLevel } from '@sanad/core';
import { boolean, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea } from '../types.ts';

export const riskAssessments = pgTable('risk_assessments', {
  id: uuid().primaryKey(),
  caseId: uuid('case_id').notNull(),
  instrumentVersion: text('instrument_version').notNull(),
  answersEnc: bytea('answers_enc').notNull(),
  score: integer().notNull(),
  computedLevel: text('computed_level').$type<UrgencyLevel>().notNull(),
  redFlags: text('red_flags').array().notNull(),
  finalLevel: text('final_level').$type<UrgencyLevel>().notNull(),
  overrideReasonEnc: bytea('override_reason_enc'),
  assessedBy: uuid('assessed_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const consents = pgTable('consents', {
  id: uuid().primaryKey(),
  caseId: uuid('case_id').notNull(),
  purpose: text().$type<ConsentPurpose>().notNull(),
  institutionId: uuid('institution_id'),
  granted: boolean().notNull(),
  channel: text().$type<ContactChannel>().notNull(),
  recordedBy: uuid('recorded_by'),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
});
