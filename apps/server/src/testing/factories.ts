import type { InstitutionType, StaffRole } from '@sanad/core';
import type { Db } from '../db/database.ts';
import { randomBytes } from 'node:crypto';
import { cases, dataKeys, institutionCoverage, institutions } from '../db/schema/index.ts';
import { createStaffUser } from '../identity/create-user.ts';
import { newId } from '../platform/ids.ts';

/**
 * Factories build the smallest valid graph for a test: `buildStaffUser` creates the
 * institution it belongs to when none is given. Every value can be overridden.
 */
export async function buildInstitution(
  db: Db,
  overrides: Partial<{
    type: InstitutionType;
    regionCode: string;
    provinceCode: string;
    name: string;
  }> = {},
): Promise<{ id: string; regionCode: string; provinceCode: string }> {
  const id = newId();
  const regionCode = overrides.regionCode ?? '06';
  const provinceCode = overrides.provinceCode ?? '141';
  await db.insert(institutions).values({
    id,
    name: overrides.name ?? `Institution ${id.slice(-6)}`,
    type: overrides.type ?? 'emf_centre',
    agency: 'Test agency',
    regionCode,
    provinceCode,
    areaTypes: ['urban', 'rural'],
    services: ['listening'],
    open247: false,
    contact: {},
    active: true,
  });
  await db.insert(institutionCoverage).values({ institutionId: id, provinceCode });
  return { id, regionCode, provinceCode };
}

export const TEST_PASSWORD = 'correct horse battery staple';

export async function buildStaffUser(
  db: Db,
  overrides: Partial<{
    role: StaffRole;
    email: string;
    institutionId: string;
    scopeLevel: 'national' | 'region' | 'province';
    scopeRegion: string;
    scopeProvince: string;
  }> = {},
): Promise<{ id: string; email: string; institutionId: string }> {
  const institutionId = overrides.institutionId ?? (await buildInstitution(db)).id;
  const email = overrides.email ?? `staff-${newId().slice(-12)}@test.sanad.ma`;
  const { id } = await createStaffUser(db, {
    email,
    displayName: 'Test Staff',
    password: TEST_PASSWORD,
    role: overrides.role ?? 'listener',
    institutionId,
    scopeLevel: overrides.scopeLevel ?? 'national',
    ...(overrides.scopeRegion !== undefined ? { scopeRegion: overrides.scopeRegion } : {}),
    ...(overrides.scopeProvince !== undefined ? { scopeProvince: overrides.scopeProvince } : {}),
  });
  return { id, email, institutionId };
}

/** A case with no personal data (only its place), for access-control and audit tests. */
export async function buildCase(
  db: Db,
  overrides: Partial<{ regionCode: string; provinceCode: string }> = {},
): Promise<{ id: string; regionCode: string; provinceCode: string }> {
  const dataKeyId = newId();
  await db
    .insert(dataKeys)
    .values({ id: dataKeyId, wrappedKey: randomBytes(60), masterKeyId: 'test' });
  const id = newId();
  const regionCode = overrides.regionCode ?? '06';
  const provinceCode = overrides.provinceCode ?? '141';
  await db.insert(cases).values({
    id,
    reference: `T-${id.slice(-12)}`,
    dataKeyId,
    status: 'new',
    urgency: 'standard',
    kind: 'violence_report',
    regionCode,
    provinceCode,
    version: 1,
  });
  return { id, regionCode, provinceCode };
}
