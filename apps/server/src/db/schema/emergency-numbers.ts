import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** What an emergency number reaches; the survivor app picks an icon from it. */
export const EMERGENCY_NUMBER_KINDS = [
  'police',
  'gendarmerie',
  'civil_protection',
  'helpline',
  'other',
] as const;
export type EmergencyNumberKind = (typeof EMERGENCY_NUMBER_KINDS)[number];

/** The numbers on the survivor app's home screen (public data, edited by administrators). */
export const emergencyNumbers = pgTable('emergency_numbers', {
  id: uuid().primaryKey(),
  number: text().notNull(),
  kind: text().$type<EmergencyNumberKind>().notNull(),
  labelAr: text('label_ar').notNull(),
  labelFr: text('label_fr').notNull(),
  labelZgh: text('label_zgh').notNull(),
  labelEn: text('label_en').notNull(),
  position: integer().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
