import {
  isFinalReferralStatus,
  canReadCase,
  canReadCaseTrail,
  canReassignCase,
  canWorkCase,
  canSeeInstitution,
  canSeeStaff,
  REGIONS,
  referralStatuses,
  staffRoles,
  type Actor,
  type CaseRecord,
  type Scope,
} from '@sanad/core';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { cases, institutions, referrals, staffUsers } from '../db/schema/index.ts';
import { newId } from '../platform/ids.ts';
import { describeEachEngine } from '../testing/database.ts';
import { buildCase, buildInstitution, buildStaffUser } from '../testing/factories.ts';
import {
  casesReadableBy,
  casesReassignableBy,
  casesWorkableBy,
  caseTrailsReadableBy,
  institutionsListableBy,
  staffListableBy,
} from './scopes.ts';

/**
 * One source of truth for who may see what: for random actors over random records, "the rule
 * says yes" and "the record is in the scoped SQL query" must always agree.
 */
const PLACES = ['04', '06', '09'].flatMap((regionCode) =>
  (REGIONS.find((r) => r.code === regionCode)?.provinces ?? [])
    .slice(0, 2)
    .map((p) => ({ regionCode, provinceCode: p.code })),
);

const placeArb = fc.constantFrom(...PLACES);
const scopeArb: fc.Arbitrary<Scope> = fc.oneof(
  fc.constant({ level: 'national' as const }),
  placeArb.map((p) => ({ level: 'region' as const, region: p.regionCode })),
  placeArb.map((p) => ({
    level: 'province' as const,
    region: p.regionCode,
    province: p.provinceCode,
  })),
);

describeEachEngine('authorization rules and their SQL twins', (database) => {
  const institutionIds: string[] = [];
  const caseRecords = new Map<string, CaseRecord>();
  const staffPlaces = new Map<
    string,
    { id: string; regionCode: string | null; provinceCode: string | null }
  >();
  const institutionPlaces = new Map<string, { regionCode: string; provinceCode: string | null }>();

  beforeAll(async () => {
    const { db } = database();
    for (const place of PLACES) institutionIds.push((await buildInstitution(db, place)).id);
    const sample = fc.sample(
      fc.record({
        place: placeArb,
        referrals: fc.array(
          fc.record({
            institution: fc.nat(PLACES.length - 1),
            status: fc.constantFrom(...referralStatuses.codes),
          }),
          { maxLength: 3 },
        ),
        registeredBy: fc.option(fc.nat(PLACES.length - 1), { nil: null }),
      }),
      { numRuns: 40, seed: 2026 },
    );
    for (const item of sample) {
      const kase = await buildCase(db, item.place);
      const registeredByInstitutionId =
        item.registeredBy === null ? null : (institutionIds[item.registeredBy] ?? null);
      if (registeredByInstitutionId !== null) {
        await db.update(cases).set({ registeredByInstitutionId }).where(eq(cases.id, kase.id));
      }
      // At most one live referral per institution and case, as the database requires.
      const live = new Set<string>();
      const refs = item.referrals
        .map((r) => ({ institutionId: institutionIds[r.institution] ?? '', status: r.status }))
        .filter((ref) => {
          if (isFinalReferralStatus(ref.status)) return true;
          if (live.has(ref.institutionId)) return false;
          live.add(ref.institutionId);
          return true;
        });
      for (const ref of refs) {
        await db.insert(referrals).values({
          id: newId(),
          caseId: kase.id,
          institutionId: ref.institutionId,
          status: ref.status,
          urgency: 'standard',
          emergencyOverride: false,
          services: [],
          version: 1,
        });
      }
      caseRecords.set(kase.id, { ...item.place, referrals: refs, registeredByInstitutionId });
    }
    for (const scope of fc.sample(scopeArb, { numRuns: 15, seed: 7 })) {
      const user = await buildStaffUser(db, {
        scopeLevel: scope.level,
        ...(scope.level === 'region' ? { scopeRegion: scope.region } : {}),
        ...(scope.level === 'province' ? { scopeProvince: scope.province } : {}),
      });
      staffPlaces.set(user.id, {
        id: user.id,
        regionCode: scope.level === 'national' ? null : scope.region,
        provinceCode: scope.level === 'province' ? scope.province : null,
      });
    }
    for (const row of await db.select().from(institutions)) institutionPlaces.set(row.id, row);
    for (const row of await db.select().from(staffUsers)) {
      staffPlaces.set(row.id, {
        id: row.id,
        regionCode: row.scopeRegion,
        provinceCode: row.scopeProvince,
      });
    }
  });

  const actorArb: fc.Arbitrary<Actor> = fc.record({
    id: fc.uuid(),
    role: fc.constantFrom(...staffRoles.codes),
    scope: scopeArb,
    institutionId: fc
      .option(
        fc.nat(PLACES.length - 1).map((i) => institutionIds[i] ?? null),
        { nil: null },
      )
      .map((v) => v ?? null),
  });

  const sorted = (ids: Iterable<string>) => [...ids].sort();

  it('can(actor, read case) ⇔ case ∈ casesReadableBy(actor)', async () => {
    await fc.assert(
      fc.asyncProperty(actorArb, async (actor) => {
        const rows = await database()
          .db.select({ id: cases.id })
          .from(cases)
          .where(casesReadableBy(actor));
        const expected = [...caseRecords]
          .filter(([, record]) => canReadCase(actor, record))
          .map(([id]) => id);
        expect(sorted(rows.map((r) => r.id))).toEqual(sorted(expected));
      }),
      { numRuns: 60, seed: 42 },
    );
  });

  it('can(actor, read case trail) ⇔ case ∈ caseTrailsReadableBy(actor)', async () => {
    await fc.assert(
      fc.asyncProperty(actorArb, async (actor) => {
        const rows = await database()
          .db.select({ id: cases.id })
          .from(cases)
          .where(caseTrailsReadableBy(actor));
        const expected = [...caseRecords]
          .filter(([, record]) => canReadCaseTrail(actor, record))
          .map(([id]) => id);
        expect(sorted(rows.map((r) => r.id))).toEqual(sorted(expected));
      }),
      { numRuns: 40, seed: 43 },
    );
  });

  it.each(['case.update', 'case.claim', 'message.send'] as const)(
    'can(actor, %s) ⇔ case ∈ casesWorkableBy(actor)',
    async (action) => {
      await fc.assert(
        fc.asyncProperty(actorArb, async (actor) => {
          const rows = await database()
            .db.select({ id: cases.id })
            .from(cases)
            .where(casesWorkableBy(actor, action));
          const expected = [...caseRecords]
            .filter(([, record]) => canWorkCase(actor, action, record))
            .map(([id]) => id);
          expect(sorted(rows.map((r) => r.id))).toEqual(sorted(expected));
        }),
        { numRuns: 30, seed: 46 },
      );
    },
  );

  it('can(actor, reassign case) ⇔ case ∈ casesReassignableBy(actor)', async () => {
    await fc.assert(
      fc.asyncProperty(actorArb, async (actor) => {
        const rows = await database()
          .db.select({ id: cases.id })
          .from(cases)
          .where(casesReassignableBy(actor));
        const expected = [...caseRecords]
          .filter(([, record]) => canReassignCase(actor, record))
          .map(([id]) => id);
        expect(sorted(rows.map((r) => r.id))).toEqual(sorted(expected));
      }),
      { numRuns: 30, seed: 47 },
    );
  });

  it('can(actor, see account) ⇔ account ∈ staffListableBy(actor)', async () => {
    await fc.assert(
      fc.asyncProperty(actorArb, async (actor) => {
        const rows = await database()
          .db.select({ id: staffUsers.id })
          .from(staffUsers)
          .where(staffListableBy(actor));
        const expected = [...staffPlaces.values()]
          .filter((p) => canSeeStaff(actor, p))
          .map((p) => p.id);
        expect(sorted(rows.map((r) => r.id))).toEqual(sorted(expected));
      }),
      { numRuns: 40, seed: 44 },
    );
  });

  it('can(actor, see institution) ⇔ institution ∈ institutionsListableBy(actor)', async () => {
    await fc.assert(
      fc.asyncProperty(actorArb, async (actor) => {
        const rows = await database()
          .db.select({ id: institutions.id })
          .from(institutions)
          .where(institutionsListableBy(actor));
        const expected = [...institutionPlaces]
          .filter(([, p]) => canSeeInstitution(actor, p))
          .map(([id]) => id);
        expect(sorted(rows.map((r) => r.id))).toEqual(sorted(expected));
      }),
      { numRuns: 40, seed: 45 },
    );
  });
});
