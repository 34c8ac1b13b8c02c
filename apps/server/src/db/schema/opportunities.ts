import type { Locale, OpportunityKind } from '@sanad/core';
import { boolean, date, integer, jsonb, pgTable, smallint, text, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from './columns.ts';

export const opportunities = pgTable('opportunities', {
  id: uuid().primaryKey(),
  kind: text().$type<OpportunityKind>().notNull(),
  providerId: uuid('provider_id').notNull(),
  title: text().notNull(),
  description: text().notNull(),
  regionCode: text('region_code'),
  provinceCodes: text('province_codes').array().notNull(),
  remote: boolean().notNull(),
  startsOn: date('starts_on'),
  endsOn: date('ends_on'),
  applyBy: date('apply_by'),
  placesTotal: integer('places_total'),
  placesLeft: integer('places_left'),
  minAge: smallint('min_age'),
  maxAge: smallint('max_age'),
  schoolingLevel: text('schooling_level'),
  literacyRequired: boolean('literacy_required').notNull(),
  prerequisites: text().notNull(),
  childcare: boolean().notNull(),
  transport: boolean().notNull(),
  stipend: boolean().notNull(),
  languages: text().array().$type<Locale[]>().notNull(),
  contact: jsonb().$type<{ phone?: string; email?: string; address?: string }>().notNull(),
  active: boolean().notNull(),
  ...timestamps,
});
