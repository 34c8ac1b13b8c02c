import { findRegion, PROVINCES, REGIONS, type StaffRole } from '@sanad/core';
import type { Db } from '../db/database.ts';
import {
  cases,
  institutionCoverage,
  institutions,
  opportunities,
  staffUsers,
} from '../db/schema/index.ts';
import { countRows } from '../db/types.ts';
import { createStaffUser } from '../identity/create-user.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';
import { newId } from '../platform/ids.ts';
import { seedDemoSurvivors } from './survivors.ts';
import { DEMO_OPPORTUNITIES } from './opportunities.ts';
import {
  demoFreePlaces,
  demoInstitutionsFor,
  focalNameFor,
  NATIONAL_INSTITUTIONS,
  REGION_SEATS,
  type DemoInstitution,
} from './institutions.ts';

/** Demo staff sign in with this password; printed at start-up, never used outside the demo. */
export const DEMO_PASSWORD = 'sanad-demo-2026';

export interface DemoAccount {
  role: StaffRole;
  email: string;
  institution: string;
}

export interface DemoSummary {
  institutions: number;
  opportunities: number;
  /** Demo survivors (fictional), their personal fields encrypted like real ones. */
  survivors: number;
  accounts: DemoAccount[];
}

export class RealDataPresentError extends Error {
  override name = 'RealDataPresentError';
  constructor() {
    super(
      'This database already holds institutions, staff or cases: demo data is only ever added to ' +
        'an empty database, so nothing was changed.',
    );
  }
}

/** True when the database has no institutions, staff or cases (territory does not count). */
export async function isEmptyDatabase(db: Db): Promise<boolean> {
  // One query after another: inside a transaction there is one connection to share.
  for (const table of [institutions, staffUsers, cases]) {
    const [row] = await db.select({ n: countRows() }).from(table);
    if ((row?.n ?? 0) > 0) return false;
  }
  return true;
}

function addDays(base: Date, days: number): string {
  const d = new Date(base);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Seeds a realistic demo — institutions of every type in all 12 regions, one account per role,
 * opportunities in several provinces — in one transaction. Refuses a database with real data.
 */
export async function seedDemo(
  db: Db,
  keyring: Keyring,
  today: Date = new Date(),
): Promise<DemoSummary> {
  return db.transaction(async (tx) => {
    if (!(await isEmptyDatabase(tx))) throw new RealDataPresentError();
    const ids = new Map<string, string>(); // `${regionCode}:${type}` → institution id

    const insertInstitution = async (
      spec: DemoInstitution,
      place: { regionCode: string; seatCode: string; coverage: readonly string[] },
      code: string,
      regionIndex: number,
    ) => {
      const id = newId();
      const serial = ids.size;
      const capacityFree =
        spec.capacityTotal === undefined
          ? null
          : demoFreePlaces(spec.capacityTotal, regionIndex + serial);
      const phone = `05${String(22_000_000 + serial * 137).padStart(8, '0')}`;
      const mailbox = `${code.toLowerCase()}@demo.sanad.ma`;
      await tx.insert(institutions).values({
        id,
        code,
        name: spec.name,
        type: spec.type,
        agency: spec.agency,
        regionCode: place.regionCode,
        provinceCode: place.seatCode,
        areaTypes: spec.areaTypes,
        services: spec.services,
        open247: spec.open247,
        openingHours: spec.open247 ? null : (spec.openingHours ?? null),
        capacityTotal: spec.capacityTotal ?? null,
        capacityFree,
        // Reported by the institution a few hours ago, as a shelter does each morning.
        capacityUpdatedAt:
          capacityFree === null ? null : new Date(today.getTime() - (1 + (serial % 9)) * 3_600_000),
        contact: { phone, email: mailbox },
        focalPoints: [
          {
            name: focalNameFor(regionIndex, serial),
            role: spec.focalRole,
            phone: `06${String(61_000_000 + serial * 211).padStart(8, '0')}`,
            email: `point-focal.${mailbox}`,
          },
        ],
        active: true,
      });
      await tx
        .insert(institutionCoverage)
        .values(place.coverage.map((provinceCode) => ({ institutionId: id, provinceCode })));
      ids.set(`${place.regionCode}:${spec.type}`, id);
    };

    for (const [regionIndex, region] of REGIONS.entries()) {
      const seatName = REGION_SEATS[region.code];
      const seat = region.provinces.find((p) => p.name.fr === seatName) ?? region.provinces[0];
      if (!seat) continue;
      const all = region.provinces.map((p) => p.code);
      for (const spec of demoInstitutionsFor(region, seat.name.fr)) {
        await insertInstitution(
          spec,
          {
            regionCode: region.code,
            seatCode: seat.code,
            coverage: spec.coverage === 'seat' ? [seat.code] : all,
          },
          `${spec.codePrefix}-${region.code}`,
          regionIndex,
        );
      }
    }
    const rabat = findRegion('04');
    const allProvinces = REGIONS.flatMap((r) => r.provinces.map((p) => p.code));
    for (const spec of NATIONAL_INSTITUTIONS) {
      await insertInstitution(
        spec,
        {
          regionCode: '04',
          seatCode: rabat?.provinces.find((p) => p.name.fr === 'Rabat')?.code ?? '',
          coverage: allProvinces,
        },
        spec.codePrefix,
        0,
      );
    }

    let opportunityCount = 0;
    for (const spec of DEMO_OPPORTUNITIES) {
      const region = findRegion(spec.regionCode);
      const province = region?.provinces.find((p) => p.name.fr === spec.provinceName);
      const providerId = ids.get(`${spec.regionCode}:${spec.provider}`);
      if (!region || !province || !providerId) continue;
      await tx.insert(opportunities).values({
        id: newId(),
        code: spec.code,
        kind: spec.kind,
        providerId,
        title: spec.title,
        description: spec.description,
        regionCode: region.code,
        provinceCodes: [province.code],
        remote: spec.remote ?? false,
        startsOn: addDays(today, spec.startsInDays),
        endsOn: addDays(today, spec.startsInDays + spec.lastsDays),
        applyBy: addDays(today, Math.max(1, spec.startsInDays - 7)),
        placesTotal: spec.places,
        placesLeft: spec.places,
        minAge: spec.minAge ?? null,
        maxAge: spec.maxAge ?? null,
        schoolingLevel: spec.schoolingLevel ?? null,
        literacyRequired: spec.literacyRequired ?? false,
        prerequisites: '',
        childcare: spec.childcare ?? false,
        transport: spec.transport ?? false,
        stipend: spec.stipend ?? false,
        languages: ['ar', 'fr'],
        contact: {},
        active: true,
      });
      opportunityCount++;
    }

    const helpline = ids.get('04:helpline');
    const ministry = ids.get('04:ministry');
    const casablancaEmf = ids.get('06:emf_centre');
    const casablancaGendarmerie = ids.get('06:gendarmerie_cell');
    // The employment agency of Casablanca-Settat keeps its own catalogue of offers.
    const casablancaAnapec = ids.get('06:employment_agency');
    const accounts: (DemoAccount & { name: string; institutionId: string | undefined })[] = [
      {
        role: 'listener',
        email: 'listener@demo.sanad.ma',
        name: 'Salma (écoutante)',
        institution: 'helpline',
        institutionId: helpline,
      },
      {
        role: 'supervisor',
        email: 'supervisor@demo.sanad.ma',
        name: 'Nadia (superviseure)',
        institution: 'helpline',
        institutionId: helpline,
      },
      {
        role: 'institution_agent',
        email: 'agent@demo.sanad.ma',
        name: 'Khadija (EMF Casablanca)',
        institution: 'emf_centre',
        institutionId: casablancaEmf,
      },
      {
        role: 'institution_agent',
        email: 'gendarmerie@demo.sanad.ma',
        name: 'Adjudant Rachid (Gendarmerie Casablanca-Settat)',
        institution: 'gendarmerie_cell',
        institutionId: casablancaGendarmerie,
      },
      {
        role: 'institution_agent',
        email: 'anapec@demo.sanad.ma',
        name: 'Samira (ANAPEC Casablanca)',
        institution: 'employment_agency',
        institutionId: casablancaAnapec,
      },
      {
        role: 'institution_manager',
        email: 'manager@demo.sanad.ma',
        name: 'Fatima (responsable EMF)',
        institution: 'emf_centre',
        institutionId: casablancaEmf,
      },
      {
        role: 'analyst',
        email: 'analyst@demo.sanad.ma',
        name: 'Youssef (analyste)',
        institution: 'ministry',
        institutionId: ministry,
      },
      {
        role: 'admin',
        email: 'admin@demo.sanad.ma',
        name: 'Admin Sanad',
        institution: 'ministry',
        institutionId: ministry,
      },
    ];
    for (const account of accounts) {
      await createStaffUser(tx, {
        email: account.email,
        displayName: account.name,
        password: DEMO_PASSWORD,
        role: account.role,
        scopeLevel: 'national',
        institutionId: account.institutionId,
      });
    }
    const survivors = await seedDemoSurvivors(tx, keyring, PROVINCES, today);
    const [institutionCount] = await tx.select({ n: countRows() }).from(institutions);
    return {
      institutions: institutionCount?.n ?? 0,
      opportunities: opportunityCount,
      survivors: survivors.persons,
      accounts: accounts.map(({ role, email, institution }) => ({ role, email, institution })),
    };
  });
}
