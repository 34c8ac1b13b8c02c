import type {
  AgeBand,
  CallWindow,
  ContactMethod,
  HarmChoice,
  Locale,
  PerpetratorChoice,
  ReporterChoice,
  SafeNowChoice,
  SchoolingLevel,
  SeekingChoice,
  WhenChoice,
} from '@sanad/core';
import { boolean, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea } from '../types.ts';

/** How a survivor follows her case without an account: code (not secret) + secret's HMAC. */
export const publicRequests = pgTable('public_requests', {
  caseId: uuid('case_id').primaryKey(),
  trackingCode: text('tracking_code').notNull(),
  secretHmac: bytea('secret_hmac').notNull(),
  language: text().$type<Locale>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** First answers to app submissions, replayed for a retry with the same Idempotency-Key. */
export const idempotencyKeys = pgTable('idempotency_keys', {
  keyHash: bytea('key_hash').primaryKey(),
  bodyHash: bytea('body_hash').notNull(),
  statusCode: smallint('status_code').notNull(),
  responseEnc: bytea('response_enc').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

/** What the survivor app asked beyond the incident: her own choices and contact wishes. */
export const intakeDetails = pgTable('intake_details', {
  caseId: uuid('case_id').primaryKey(),
  reporter: text().$type<ReporterChoice>().notNull(),
  safeNow: text('safe_now').$type<SafeNowChoice>(),
  occurredWhen: text('occurred_when').$type<WhenChoice>(),
  harms: text().array().$type<HarmChoice[]>().notNull(),
  perpetrator: text().$type<PerpetratorChoice>(),
  contactMethod: text('contact_method').$type<ContactMethod>(),
  callWindow: text('call_window').$type<CallWindow>(),
  codeWordEnc: bytea('code_word_enc'),
  sharingConsent: boolean('sharing_consent').notNull(),
  locationEnc: bytea('location_enc'),
  seeking: text().array().$type<SeekingChoice[]>().notNull(),
  ageBand: text('age_band').$type<AgeBand>(),
  schooling: text().$type<SchoolingLevel>(),
  skillsEnc: bytea('skills_enc'),
  needsChildcare: boolean('needs_childcare'),
  needsMobility: boolean('needs_mobility'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
