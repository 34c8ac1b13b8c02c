import { institutionTypes, opportunityKinds, staffRoles } from '@sanad/core';
import { expect, it } from 'vitest';
import {
  institutionCoverage,
  institutions,
  opportunities,
  staffUsers,
} from '../db/schema/index.ts';
import { verifyPassword } from '../identity/passwords.ts';
import { testKeyring } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import { DEMO_PASSWORD, isEmptyDatabase, RealDataPresentError, seedDemo } from './seed.ts';

describeEachEngine('demo data', (database) => {
  it('starts from an empty database', async () => {
    expect(await isEmptyDatabase(database().db)).toBe(true);
  });

  it('seeds institutions of every type in all 12 regions, an account per role, and opportunities', async () => {
    const { db } = database();
    const summary = await seedDemo(db, testKeyring(), new Date('2026-11-22T00:00:00Z'));
    const rows = await db.select().from(institutions);
    expect(summary.institutions).toBe(rows.length);
    const regional = institutionTypes.codes.filter((t) => t !== 'helpline' && t !== 'ministry');
    for (const regionCode of [
      '01',
      '02',
      '03',
      '04',
      '05',
      '06',
      '07',
      '08',
      '09',
      '10',
      '11',
      '12',
    ]) {
      const types = new Set(rows.filter((r) => r.regionCode === regionCode).map((r) => r.type));
      for (const type of regional) expect(types, `${type} in region ${regionCode}`).toContain(type);
    }
    expect(new Set(rows.map((r) => r.type))).toEqual(new Set(institutionTypes.codes));

    const coverage = await db.select().from(institutionCoverage);
    expect(new Set(coverage.map((c) => c.provinceCode)).size).toBe(75);

    const users = await db.select().from(staffUsers);
    // One account per role, a second agent (the Gendarmerie cell's) for referral demos, and a
    // third (ANAPEC's) for the economic pathway's provider side.
    expect(new Set(users.map((u) => u.role))).toEqual(new Set(staffRoles.codes));
    expect(users.filter((u) => u.role === 'institution_agent')).toHaveLength(3);
    const listener = users.find((u) => u.role === 'listener');
    expect(listener?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(listener?.passwordHash ?? '', DEMO_PASSWORD)).toBe(true);
    expect(summary.accounts).toHaveLength(8);
    expect(summary.survivors).toBeGreaterThanOrEqual(8);

    const offers = await db.select().from(opportunities);
    expect(summary.opportunities).toBe(offers.length);
    expect(offers.length).toBeGreaterThanOrEqual(15);
    expect(new Set(offers.map((o) => o.kind))).toEqual(new Set(opportunityKinds.codes));
    expect(new Set(offers.flatMap((o) => o.provinceCodes)).size).toBeGreaterThanOrEqual(10);
    for (const offer of offers) {
      expect(offer.applyBy && offer.startsOn && offer.applyBy <= offer.startsOn).toBe(true);
      expect(rows.find((r) => r.id === offer.providerId)?.regionCode).toBe(offer.regionCode);
    }
  });

  it('refuses a database that already holds data, and changes nothing', async () => {
    const { db } = database();
    const before = (await db.select().from(institutions)).length;
    await expect(seedDemo(db, testKeyring())).rejects.toBeInstanceOf(RealDataPresentError);
    expect((await db.select().from(institutions)).length).toBe(before);
  });
});
