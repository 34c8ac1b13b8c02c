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
import { timestamps } from './columns.ts';

/** Institutional contact channels: never a survivor's details. */
export interface InstitutionContact {
  phone?: string;
  email?: string;
  address?: string;
}

export const institutions = pgTable('institutions', {
  id: uuid().primaryKey(),
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
  contact: jsonb().$type<InstitutionContact>().notNull(),
  active: boolean().notNull(),
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
