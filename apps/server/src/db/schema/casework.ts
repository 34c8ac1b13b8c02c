import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea } from '../types.ts';

export type FollowUpKind = 'callback' | 'follow_up';

/** A call-back or follow-up a listener planned, with its reminder (job `followup.due`). */
export const followUps = pgTable('follow_ups', {
  id: uuid().primaryKey(),
  caseId: uuid('case_id').notNull(),
  kind: text().$type<FollowUpKind>().notNull(),
  dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
  noteEnc: bytea('note_enc'),
  assignedTo: uuid('assigned_to'),
  doneAt: timestamp('done_at', { withTimezone: true }),
  remindedAt: timestamp('reminded_at', { withTimezone: true }),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The case's safety plan, encrypted under the case key. */
export const safetyPlans = pgTable('safety_plans', {
  caseId: uuid('case_id').primaryKey(),
  planEnc: bytea('plan_enc').notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
