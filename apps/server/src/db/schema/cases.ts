import type {
  ServiceType,
  AreaType,
  CaseStatus,
  ContactChannel,
  ContactType,
  GbvimsType,
  PerpetratorRelation,
  UrgencyLevel,
  ViolenceContext,
  ViolenceForm,
} from '@sanad/core';
import { date, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea } from '../types.ts';
import { timestamps } from './columns.ts';

export type CaseKind = 'violence_report' | 'support_request';

export const cases = pgTable('cases', {
  id: uuid().primaryKey(),
  reference: text().notNull(),
  dataKeyId: uuid('data_key_id').notNull(),
  survivorId: uuid('survivor_id'),
  status: text().$type<CaseStatus>().notNull(),
  closedReason: text('closed_reason'),
  urgency: text().$type<UrgencyLevel>().notNull(),
  kind: text().$type<CaseKind>().notNull(),
  ownerId: uuid('owner_id'),
  regionCode: text('region_code'),
  provinceCode: text('province_code'),
  areaType: text('area_type').$type<AreaType>(),
  version: integer().notNull(),
  ...timestamps,
  closedAt: timestamp('closed_at', { withTimezone: true }),
  /** When the current owner claimed it (null while unclaimed). */
  claimedAt: timestamp('claimed_at', { withTimezone: true }),
  /** The first claim or call by a listener; set once, for wait-time indicators. */
  firstContactAt: timestamp('first_contact_at', { withTimezone: true }),
  /** The competent body that registered the case on her behalf; null otherwise. */
  registeredByInstitutionId: uuid('registered_by_institution_id'),
  /** The services that body asked for, which routing proposes for first. */
  requestedServices: text('requested_services').array().$type<ServiceType[]>(),
});

export const contacts = pgTable('contacts', {
  id: uuid().primaryKey(),
  caseId: uuid('case_id'),
  personId: uuid('person_id'),
  channel: text().$type<ContactChannel>().notNull(),
  type: text().$type<ContactType>().notNull(),
  direction: text().$type<'inbound' | 'outbound'>().notNull(),
  occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
  durationSeconds: integer('duration_seconds'),
  handledBy: uuid('handled_by'),
  viaInstitutionId: uuid('via_institution_id'),
  dataKeyId: uuid('data_key_id').notNull(),
  notesEnc: bytea('notes_enc'),
  outcome: text(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const incidents = pgTable('incidents', {
  id: uuid().primaryKey(),
  caseId: uuid('case_id').notNull(),
  forms: text().array().$type<ViolenceForm[]>().notNull(),
  gbvimsType: text('gbvims_type').$type<GbvimsType>(),
  contexts: text().array().$type<ViolenceContext[]>().notNull(),
  perpetratorRelation: text('perpetrator_relation').$type<PerpetratorRelation>(),
  occurredOn: date('occurred_on'),
  provinceCode: text('province_code'),
  areaType: text('area_type').$type<AreaType>(),
  narrativeEnc: bytea('narrative_enc'),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
