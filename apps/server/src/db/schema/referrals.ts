import type { ReferralScope, ReferralStatus, ServiceType, UrgencyLevel } from '@sanad/core';
import {
  boolean,
  date,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea } from '../types.ts';
import { timestamps } from './columns.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

export const referrals = pgTable('referrals', {
  id: uuid().primaryKey(),
  caseId: uuid('case_id').notNull(),
  institutionId: uuid('institution_id').notNull(),
  services: text().array().$type<ServiceType[]>().notNull(),
  status: text().$type<ReferralStatus>().notNull(),
  /** `case`: her file as she agreed to share it; `opportunity`: only how to reach her. */
  scope: text().$type<ReferralScope>().notNull().default('case'),
  urgency: text().$type<UrgencyLevel>().notNull(),
  emergencyOverride: boolean('emergency_override').notNull(),
  overrideReasonEnc: bytea('override_reason_enc'),
  /** The decline or revocation reason, encrypted with the case's data key. */
  reasonEnc: bytea('reason_enc'),
  noteBackEnc: bytea('note_back_enc'),
  /** The competent body that referred; null when the helpline did. */
  referredByInstitutionId: uuid('referred_by_institution_id'),
  /** 0 on time; 1 the institution's managers were told; 2 the supervisors were told. */
  escalation: smallint().notNull().default(0),
  /** Where to try next, proposed after a decline or a second escalation. */
  nextInstitutionId: uuid('next_institution_id'),
  createdBy: uuid('created_by'),
  sentAt: at('sent_at'),
  acknowledgeDueAt: at('acknowledge_due_at'),
  acknowledgedAt: at('acknowledged_at'),
  acceptDueAt: at('accept_due_at'),
  acceptedAt: at('accepted_at'),
  startedAt: at('started_at'),
  declinedAt: at('declined_at'),
  completedAt: at('completed_at'),
  revokedAt: at('revoked_at'),
  version: integer().notNull(),
  ...timestamps,
});

export const serviceRecords = pgTable('service_records', {
  id: uuid().primaryKey(),
  referralId: uuid('referral_id'),
  caseId: uuid('case_id').notNull(),
  institutionId: uuid('institution_id').notNull(),
  serviceType: text('service_type').$type<ServiceType>().notNull(),
  startedOn: date('started_on').notNull(),
  endedOn: date('ended_on'),
  notesEnc: bytea('notes_enc'),
  recordedBy: uuid('recorded_by'),
  createdAt: at('created_at').notNull().defaultNow(),
});

/** A missed deadline, once per referral and stage: what the indicators count. */
export const referralBreaches = pgTable('referral_breaches', {
  id: uuid().primaryKey(),
  referralId: uuid('referral_id').notNull(),
  institutionId: uuid('institution_id').notNull(),
  stage: text().$type<'acknowledge' | 'accept'>().notNull(),
  urgency: text().$type<UrgencyLevel>().notNull(),
  dueAt: at('due_at').notNull(),
  detectedAt: at('detected_at').notNull(),
  regionCode: text('region_code'),
  provinceCode: text('province_code'),
});
