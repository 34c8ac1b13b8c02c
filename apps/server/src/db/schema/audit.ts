import { bigint, bigserial, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea } from '../types.ts';

export const auditEvents = pgTable('audit_events', {
  seq: bigserial({ mode: 'number' }).primaryKey(),
  id: uuid().notNull(),
  occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
  action: text().notNull(),
  actorId: uuid('actor_id'),
  actorInstitutionId: uuid('actor_institution_id'),
  recordType: text('record_type').notNull(),
  recordId: text('record_id'),
  caseId: uuid('case_id'),
  purpose: text(),
  diff: jsonb(),
  requestId: text('request_id'),
  prevHash: bytea('prev_hash'),
  hash: bytea(),
  /** Position in the hash chain (1, 2, 3…), set with the hash by the sealer; null until then. */
  sealedIndex: bigint('sealed_index', { mode: 'number' }),
});
