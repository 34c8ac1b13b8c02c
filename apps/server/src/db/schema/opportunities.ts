import type { Locale, OpportunityKind, SchoolingLevel } from '@sanad/core';
import {
  boolean,
  date,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { csvImportTables } from './csv-imports.ts';
import { timestamps } from './columns.ts';

/** How to reach the provider about an offer: the institution's channels, never a survivor's. */
export interface OpportunityContact {
  phone?: string;
  email?: string;
  address?: string;
}

/** A job, training or programme offered by a provider institution (issue #7). */
export const opportunities = pgTable('opportunities', {
  id: uuid().primaryKey(),
  /** The provider's own reference, unique per provider; the CSV import updates by it. */
  code: text(),
  kind: text().$type<OpportunityKind>().notNull(),
  providerId: uuid('provider_id').notNull(),
  title: text().notNull(),
  description: text().notNull(),
  regionCode: text('region_code'),
  provinceCodes: text('province_codes').array().notNull(),
  remote: boolean().notNull(),
  /** Calendar dates in Africa/Casablanca, `YYYY-MM-DD`. */
  startsOn: date('starts_on'),
  endsOn: date('ends_on'),
  applyBy: date('apply_by'),
  /** null: places are not counted. */
  placesTotal: integer('places_total'),
  placesLeft: integer('places_left'),
  minAge: smallint('min_age'),
  maxAge: smallint('max_age'),
  schoolingLevel: text('schooling_level').$type<SchoolingLevel>(),
  literacyRequired: boolean('literacy_required').notNull(),
  prerequisites: text().notNull(),
  childcare: boolean().notNull(),
  transport: boolean().notNull(),
  stipend: boolean().notNull(),
  languages: text().array().$type<Locale[]>().notNull(),
  contact: jsonb().$type<OpportunityContact>().notNull(),
  /** False once closed or expired: matching reads active offers only. */
  active: boolean().notNull(),
  /** Bumped by every change its manager makes; an edit names the version it was read at. */
  version: integer().notNull().default(1),
  createdBy: uuid('created_by'),
  closedAt: timestamp('closed_at', { withTimezone: true }),
  closedReason: text('closed_reason'),
  expiredAt: timestamp('expired_at', { withTimezone: true }),
  ...timestamps,
});

/** The catalogue's CSV imports, written in chunks by the `opportunity.import` job. */
export const { imports: opportunityImports, rows: opportunityImportRows } = csvImportTables({
  imports: 'opportunity_imports',
  rows: 'opportunity_import_rows',
});
