import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea } from '../types.ts';

export const messages = pgTable('messages', {
  id: uuid().primaryKey(),
  caseId: uuid('case_id').notNull(),
  sender: text().$type<'survivor' | 'staff'>().notNull(),
  staffId: uuid('staff_id'),
  bodyEnc: bytea('body_enc').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  readAt: timestamp('read_at', { withTimezone: true }),
});
