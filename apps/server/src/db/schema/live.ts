import { bigserial, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export type LiveAudience =
  'helpline' | 'supervisors' | 'staff' | 'institution' | 'institution_managers';

export const liveEvents = pgTable('live_events', {
  id: bigserial({ mode: 'number' }).primaryKey(),
  kind: text().notNull(),
  audience: text().$type<LiveAudience>().notNull(),
  staffId: uuid('staff_id'),
  institutionId: uuid('institution_id'),
  caseId: uuid('case_id'),
  regionCode: text('region_code'),
  provinceCode: text('province_code'),
  payload: jsonb().$type<Record<string, unknown>>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export type JobState = 'pending' | 'done' | 'failed' | 'cancelled';

export const jobs = pgTable('jobs', {
  id: uuid().primaryKey(),
  name: text().notNull(),
  payload: jsonb().$type<Record<string, unknown>>().notNull(),
  runAt: timestamp('run_at', { withTimezone: true }).notNull(),
  singletonKey: text('singleton_key'),
  state: text().$type<JobState>().notNull(),
  attempts: integer().notNull(),
  lastError: text('last_error'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
});

export const staffPresence = pgTable('staff_presence', {
  staffId: uuid('staff_id').primaryKey(),
  lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
});
