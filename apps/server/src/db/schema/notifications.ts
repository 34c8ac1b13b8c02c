import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea } from '../types.ts';

export type NotificationChannel = 'email' | 'sms';
export type NotificationAudience = 'staff' | 'survivor';
export type NotificationState = 'pending' | 'sending' | 'sent' | 'failed';

const at = (name: string) => timestamp(name, { withTimezone: true });

/** SMS and e-mail waiting for, or done with, their transport (see notifications/). */
export const notificationOutbox = pgTable('notification_outbox', {
  id: uuid().primaryKey(),
  dedupeKey: text('dedupe_key').notNull().unique(),
  channel: text().$type<NotificationChannel>().notNull(),
  audience: text().$type<NotificationAudience>().notNull(),
  locale: text().notNull(),
  template: text().notNull(),
  params: jsonb().$type<Record<string, string | number>>().notNull(),
  recipientEnc: bytea('recipient_enc'),
  state: text().$type<NotificationState>().notNull(),
  attempts: integer().notNull(),
  nextAttemptAt: at('next_attempt_at').notNull(),
  leaseUntil: at('lease_until'),
  claimToken: uuid('claim_token'),
  transport: text(),
  providerId: text('provider_id'),
  lastError: text('last_error'),
  createdAt: at('created_at').notNull().defaultNow(),
  finishedAt: at('finished_at'),
  purgedAt: at('purged_at'),
});
