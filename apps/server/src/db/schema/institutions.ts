import type { AreaType, InstitutionType, ScopeLevel, ServiceType, StaffRole } from '@sanad/core';
import {
  bigint,
  boolean,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea } from '../types.ts';
import { csvImportTables } from './csv-imports.ts';
import { timestamps } from './columns.ts';

/** Institutional contact channels: never a survivor's details. */
export interface InstitutionContact {
  phone?: string;
  email?: string;
  address?: string;
}

/** A person to call at the institution: its own staff, never a survivor. */
export interface FocalPoint {
  name: string;
  role: string;
  phone?: string;
  email?: string;
}

export const institutions = pgTable('institutions', {
  id: uuid().primaryKey(),
  /** The institution's official code, if it has one; the CSV import updates by it. */
  code: text(),
  name: text().notNull(),
  type: text().$type<InstitutionType>().notNull(),
  agency: text().notNull(),
  regionCode: text('region_code').notNull(),
  provinceCode: text('province_code'),
  areaTypes: text('area_types').array().$type<AreaType[]>().notNull(),
  services: text().array().$type<ServiceType[]>().notNull(),
  open247: boolean('open_24_7').notNull(),
  openingHours: jsonb('opening_hours'),
  capacityTotal: integer('capacity_total'),
  capacityFree: integer('capacity_free'),
  /** When the free places were last set (by the institution itself or an administrator). */
  capacityUpdatedAt: timestamp('capacity_updated_at', { withTimezone: true }),
  contact: jsonb().$type<InstitutionContact>().notNull(),
  focalPoints: jsonb('focal_points').$type<FocalPoint[]>().notNull().default([]),
  active: boolean().notNull(),
  /**
   * Bumped by every administrator's change (the form, a CSV import): an edit names the version
   * it was made from and is refused (409) when someone changed the institution meanwhile.
   */
  version: integer().notNull().default(1),
  ...timestamps,
});

export const institutionCoverage = pgTable(
  'institution_coverage',
  {
    institutionId: uuid('institution_id').notNull(),
    provinceCode: text('province_code').notNull(),
  },
  (t) => [primaryKey({ columns: [t.institutionId, t.provinceCode] })],
);

export type { ImportRowError, ImportScope, ImportState } from './csv-imports.ts';

/** A CSV import of the directory, written in chunks by the `directory.import` job, and its
 * checked rows still to be written (deleted as they are written). */
export const { imports: institutionImports, rows: institutionImportRows } = csvImportTables({
  imports: 'institution_imports',
  rows: 'institution_import_rows',
});

export const staffUsers = pgTable('staff_users', {
  id: uuid().primaryKey(),
  email: text().notNull(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: text().$type<StaffRole>().notNull(),
  scopeLevel: text('scope_level').$type<ScopeLevel>().notNull(),
  scopeRegion: text('scope_region'),
  scopeProvince: text('scope_province'),
  institutionId: uuid('institution_id'),
  locale: text().notNull(),
  totpSecretEnc: bytea('totp_secret_enc'),
  totpEnrolledAt: timestamp('totp_enrolled_at', { withTimezone: true }),
  totpLastStep: bigint('totp_last_step', { mode: 'number' }),
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
  ...timestamps,
});

export const staffRecoveryCodes = pgTable(
  'staff_recovery_codes',
  {
    userId: uuid('user_id').notNull(),
    codeHash: bytea('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.codeHash] })],
);
