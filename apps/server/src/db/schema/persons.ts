import type { AgeBand, AreaType } from '@sanad/core';
import { pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea } from '../types.ts';

/**
 * What a data key protects: one case or person (`record`), or a system-wide secret that must
 * survive master-key rotation unchanged (`blind_index`, `staff_secrets`).
 */
export type KeyPurpose = 'record' | 'blind_index' | 'staff_secrets';

export const dataKeys = pgTable('data_keys', {
  id: uuid().primaryKey(),
  wrappedKey: bytea('wrapped_key'),
  masterKeyId: text('master_key_id').notNull(),
  purpose: text().$type<KeyPurpose>().notNull().default('record'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  destroyedAt: timestamp('destroyed_at', { withTimezone: true }),
});

export const persons = pgTable('persons', {
  id: uuid().primaryKey(),
  dataKeyId: uuid('data_key_id').notNull(),
  nameEnc: bytea('name_enc'),
  phoneEnc: bytea('phone_enc'),
  phoneBidx: bytea('phone_bidx'),
  addressEnc: bytea('address_enc'),
  birthYear: smallint('birth_year'),
  ageBand: text('age_band').$type<AgeBand>(),
  provinceCode: text('province_code'),
  areaType: text('area_type').$type<AreaType>(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  erasedAt: timestamp('erased_at', { withTimezone: true }),
});
