import {
  PROVINCES,
  type AgeBand,
  type AreaType,
  type CaseStatus,
  type Province,
  type UrgencyLevel,
} from '@sanad/core';
import type { Db } from '../db/database.ts';
import { cases, type CaseKind } from '../db/schema/index.ts';
import { createPerson } from '../persons/persons.ts';
import { createDataKey } from '../platform/crypto/data-keys.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';
import { newId } from '../platform/ids.ts';

/**
 * Demo survivors: realistic Moroccan names (Arabic and Latin script), numbers and addresses so
 * the console looks like the real thing — and entirely fictional: streets are "Tajriba"
 * (تجربة, "trial") or "Exemple", numbers sit in the 0600 00 41 xx block. They go through the
 * same encryption as real data, which is what the dump test proves.
 */
interface DemoSurvivor {
  readonly name: string;
  readonly phone?: string;
  readonly address: string;
  readonly ageBand: AgeBand;
  readonly birthYear?: number;
  readonly provinceCode: string;
  readonly areaType: AreaType;
  readonly status: CaseStatus;
  readonly urgency: UrgencyLevel;
  readonly kind: CaseKind;
}

const DEMO_SURVIVORS: readonly DemoSurvivor[] = [
  {
    name: 'Fatima Zahra El Amrani',
    phone: '06 00 00 41 01',
    address: '12, Derb Tajriba, Médina, Fès',
    ageBand: 'age_25_34',
    birthYear: 1994,
    provinceCode: '231',
    areaType: 'urban',
    status: 'new',
    urgency: 'high',
    kind: 'violence_report',
  },
  {
    name: 'خديجة بن عبد الله',
    phone: '+212 600-004102',
    address: 'حي التجربة، زنقة 7، رقم 15، الدار البيضاء',
    ageBand: 'age_35_44',
    provinceCode: '141',
    areaType: 'urban',
    status: 'active',
    urgency: 'emergency',
    kind: 'violence_report',
  },
  {
    name: 'Naima Ait Ouhmad',
    phone: '0600004103',
    address: "Douar Imi n'Tajriba, commune d'exemple, Taroudannt",
    ageBand: 'age_18_24',
    birthYear: 2004,
    provinceCode: '541',
    areaType: 'rural',
    status: 'new',
    urgency: 'medium',
    kind: 'violence_report',
  },
  {
    name: 'سعاد المرابط',
    phone: '00212 600 00 41 04',
    address: 'زنقة المثال، رقم 3، بني مكادة، طنجة',
    ageBand: 'age_45_59',
    provinceCode: '511',
    areaType: 'urban',
    status: 'active',
    urgency: 'standard',
    kind: 'support_request',
  },
  {
    name: 'Hanane Ouazzani',
    phone: '07 00 00 41 05',
    address: 'Résidence Exemple, Imm. 9, Appt 4, Hay Riad, Rabat',
    ageBand: 'age_25_34',
    provinceCode: '421',
    areaType: 'urban',
    status: 'active',
    urgency: 'high',
    kind: 'violence_report',
  },
  {
    name: 'Meryem Chraibi',
    phone: '212600004106',
    address: 'Lot Tajriba n° 44, Quartier Al Qods, Oujda',
    ageBand: 'age_18_24',
    provinceCode: '411',
    areaType: 'urban',
    status: 'new',
    urgency: 'standard',
    kind: 'support_request',
  },
  {
    name: 'رشيدة أوبلا',
    phone: '06 00 00 41 07',
    address: 'دوار التجربة، جماعة المثال، أزيلال',
    ageBand: 'age_60_plus',
    provinceCode: '081',
    areaType: 'rural',
    status: 'new',
    urgency: 'medium',
    kind: 'violence_report',
  },
  {
    // A Moroccan woman living abroad who calls from a French number.
    name: 'Zineb El Fassi',
    phone: '+33 6 00 00 41 08',
    address: 'Bloc Exemple 5, Massira, Marrakech',
    ageBand: 'age_15_17',
    provinceCode: '351',
    areaType: 'urban',
    status: 'new',
    urgency: 'emergency',
    kind: 'violence_report',
  },
];

/** Every personal value the demo writes, for tests proving none is stored in clear. */
export const DEMO_SURVIVOR_SECRETS: readonly string[] = Object.freeze(
  DEMO_SURVIVORS.flatMap((s) => [s.name, s.address, ...(s.phone === undefined ? [] : [s.phone])]),
);

/** Their names alone (the dump test also looks for each part of a name on its own). */
export const DEMO_SURVIVOR_NAMES: readonly string[] = Object.freeze(
  DEMO_SURVIVORS.map((s) => s.name),
);

/**
 * Demo references start at 900101, far above where a real yearly sequence begins, so demo cases
 * never take a number real intake will want.
 */
const DEMO_REFERENCE_START = 900_101;

/**
 * Creates the demo survivors (through `createPerson`, so encrypted like real data) and one case
 * each under its own case data key, placed in `provinces` (all 75 by default; a survivor whose
 * province is not listed goes to one that is). One transaction.
 */
export async function seedDemoSurvivors(
  db: Db,
  keyring: Keyring,
  provinces: readonly Province[] = PROVINCES,
  today: Date = new Date(),
): Promise<{ persons: number; cases: number }> {
  if (provinces.length === 0) throw new Error('seedDemoSurvivors needs at least one province');
  return db.transaction(async (tx) => {
    for (const [index, spec] of DEMO_SURVIVORS.entries()) {
      const province =
        provinces.find((p) => p.code === spec.provinceCode) ?? provinces[index % provinces.length];
      if (!province) continue; // unreachable: the list is not empty
      const person = await createPerson(tx, keyring, {
        name: spec.name,
        phone: spec.phone,
        address: spec.address,
        birthYear: spec.birthYear,
        ageBand: spec.ageBand,
        provinceCode: province.code,
        areaType: spec.areaType,
      });
      const caseKey = await createDataKey(tx, keyring, 'record');
      caseKey.key.fill(0); // no case field is encrypted by the demo yet
      await tx.insert(cases).values({
        id: newId(),
        reference: `SN-${String(today.getUTCFullYear())}-${String(DEMO_REFERENCE_START + index)}`,
        dataKeyId: caseKey.id,
        survivorId: person.id,
        status: spec.status,
        urgency: spec.urgency,
        kind: spec.kind,
        regionCode: province.regionCode,
        provinceCode: province.code,
        areaType: spec.areaType,
        version: 1,
      });
    }
    return { persons: DEMO_SURVIVORS.length, cases: DEMO_SURVIVORS.length };
  });
}
