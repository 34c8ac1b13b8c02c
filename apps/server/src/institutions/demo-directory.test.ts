import { parseOpeningHours, REGIONS } from '@sanad/core';
import { expect, it } from 'vitest';
import { institutions } from '../db/schema/index.ts';
import { seedDemo } from '../demo/seed.ts';
import { testKeyring } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import { listDirectory } from './directory.ts';
import { isUsableSchedule } from './opening-hours.ts';

/** What every region must offer a woman, from the first call to a job (issue #6). */
const EVERY_REGION = [
  'prosecution_cell',
  'dgsn_cell',
  'gendarmerie_cell',
  'hospital_unit',
  'emf_centre',
  'shelter',
  'ngo_listening_centre',
  'employment_agency',
  'vocational_training',
] as const;

describeEachEngine('the demo directory', (database) => {
  it('gives every region the whole network, each institution fully described', async () => {
    const { db } = database();
    await seedDemo(db, testKeyring(), new Date('2026-11-24T09:00:00Z'));
    const rows = await db.select().from(institutions);
    for (const region of REGIONS) {
      const types = new Set(rows.filter((r) => r.regionCode === region.code).map((r) => r.type));
      for (const type of EVERY_REGION) expect(types, `${type} in ${region.code}`).toContain(type);
    }
    expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);
    for (const row of rows) {
      expect(row.code, row.name).toMatch(/^[A-Z0-9-]+$/);
      expect(row.open247 || isUsableSchedule(row.openingHours), row.name).toBe(true);
      if (row.open247) expect(row.openingHours, row.name).toBeNull();
      else expect(parseOpeningHours(row.openingHours), row.name).not.toBeNull();
      expect(row.focalPoints.length, row.name).toBeGreaterThanOrEqual(1);
      expect(row.areaTypes.length, row.name).toBeGreaterThanOrEqual(1);
    }
    const shelters = rows.filter((r) => r.type === 'shelter');
    expect(shelters).toHaveLength(12);
    for (const shelter of shelters) {
      expect(shelter.capacityTotal).toBeGreaterThanOrEqual(10);
      expect(shelter.capacityFree).not.toBeNull();
      expect(shelter.capacityFree ?? 0).toBeLessThanOrEqual(shelter.capacityTotal ?? 0);
      expect(shelter.capacityUpdatedAt).not.toBeNull();
    }
    // Some full, some with beds: the demo's routing shows both.
    expect(shelters.some((s) => s.capacityFree === 0)).toBe(true);
    expect(shelters.some((s) => (s.capacityFree ?? 0) > 0)).toBe(true);

    const at = new Date('2026-11-24T10:00:00Z');
    const casablanca = await listDirectory(db, { provinceCode: '141', service: 'shelter' }, at);
    expect(casablanca.map((e) => e.code).sort()).toEqual(['CHF-06', 'EMF-06']);
    // The EMF serves its own prefecture; the regional shelter serves Settat too.
    const settat = await listDirectory(db, { provinceCode: '461', service: 'shelter' }, at);
    expect(settat.map((e) => e.code)).toEqual(['CHF-06']);
  });
});
