import { z } from 'zod';
import type { Localized } from '../i18n/locales.ts';
import data from './morocco-territory.json' with { type: 'json' };

/**
 * Morocco's territorial organisation: the 12 regions of Decree 2.15.40 (2015) and their 75
 * prefectures and provinces, with HCP codes, ISO 3166-2:MA codes and names in the four languages.
 * Lower levels (cercles, communes, Casablanca's prefectures of arrondissements) are not included.
 * Source and caveats: `morocco-territory.json` (meta block) and DOMAIN.md §3.
 */

/** Whether a name was checked against an authoritative source (Arabic and French always are). */
export interface NameVerification {
  readonly zgh: boolean;
  readonly en: boolean;
}

/** A prefecture (urban, 13 of them) or province (62). */
export interface Province {
  /** 3-digit HCP (RGPH 2014) code, e.g. `541` for Taroudannt. */
  readonly code: string;
  /** 2-digit HCP code of the region it belongs to. */
  readonly regionCode: string;
  /** ISO 3166-2:MA code, e.g. `MA-TAR`. */
  readonly iso: string;
  readonly kind: 'prefecture' | 'province';
  readonly name: Localized;
  /** Other Arabic spellings in official use (e.g. فكيك for Figuig), for search. */
  readonly altNamesAr: readonly string[];
  readonly altNamesFr: readonly string[];
  readonly verified: NameVerification;
}

/** One of the 12 regions. */
export interface Region {
  /** 2-digit HCP code, `01`–`12` in the decree's order. */
  readonly code: string;
  /** ISO 3166-2:MA code, `MA-01`–`MA-12`. */
  readonly iso: string;
  readonly name: Localized;
  readonly provinces: readonly Province[];
  readonly verified: NameVerification;
}

const nonEmpty = z.string().trim().min(1);
const arabic = nonEmpty.regex(/\p{Script=Arabic}/u, 'must be written in Arabic script');
const tifinagh = nonEmpty
  .regex(/\p{Script=Tifinagh}/u, 'must be written in Tifinagh')
  .refine((name) => !/\p{Script=Latin}/u.test(name), 'must not contain Latin letters');
const verification = z.strictObject({ zgh: z.boolean(), en: z.boolean() });

const provinceSchema = z.strictObject({
  code: z.string().regex(/^\d{3}$/),
  iso_3166_2: z.string().regex(/^MA-[A-Z]{3}$/),
  name_ar: arabic,
  name_fr: nonEmpty,
  name_zgh: tifinagh,
  name_en: nonEmpty,
  alt_names_ar: z.array(arabic).optional(),
  alt_names_fr: z.array(nonEmpty).optional(),
  kind: z.enum(['prefecture', 'province']),
  verified: verification,
});

const regionSchema = z.strictObject({
  code: z.string().regex(/^(0[1-9]|1[0-2])$/),
  iso_3166_2: z.string().regex(/^MA-(0[1-9]|1[0-2])$/),
  name_ar: arabic,
  name_fr: nonEmpty,
  name_zgh: tifinagh,
  name_en: nonEmpty,
  verified: verification,
  provinces: z.array(provinceSchema).min(1),
});

const territorySchema = z
  .strictObject({
    meta: z.looseObject({ description: nonEmpty, sources: z.array(nonEmpty) }),
    regions: z.array(regionSchema).length(12),
  })
  .superRefine((territory, ctx) => {
    const provinces = territory.regions.flatMap((region) => region.provinces);
    const duplicates = (values: readonly string[]) =>
      values.filter((value, index) => values.indexOf(value) !== index);
    for (const [what, values] of [
      ['region code', territory.regions.map((region) => region.code)],
      ['province code', provinces.map((province) => province.code)],
      [
        'ISO code',
        [...territory.regions, ...provinces].map((subdivision) => subdivision.iso_3166_2),
      ],
    ] as const) {
      for (const value of duplicates(values)) {
        ctx.addIssue({ code: 'custom', message: `duplicate ${what} ${value}` });
      }
    }
  });

type RawTerritory = z.infer<typeof territorySchema>;

function toProvince(
  raw: RawTerritory['regions'][number]['provinces'][number],
  regionCode: string,
): Province {
  const province: Province = {
    code: raw.code,
    regionCode,
    iso: raw.iso_3166_2,
    kind: raw.kind,
    name: Object.freeze({ ar: raw.name_ar, fr: raw.name_fr, zgh: raw.name_zgh, en: raw.name_en }),
    altNamesAr: Object.freeze([...(raw.alt_names_ar ?? [])]),
    altNamesFr: Object.freeze([...(raw.alt_names_fr ?? [])]),
    verified: Object.freeze({ ...raw.verified }),
  };
  return Object.freeze(province);
}

function toRegion(raw: RawTerritory['regions'][number]): Region {
  const region: Region = {
    code: raw.code,
    iso: raw.iso_3166_2,
    name: Object.freeze({ ar: raw.name_ar, fr: raw.name_fr, zgh: raw.name_zgh, en: raw.name_en }),
    provinces: Object.freeze(raw.provinces.map((province) => toProvince(province, raw.code))),
    verified: Object.freeze({ ...raw.verified }),
  };
  return Object.freeze(region);
}

/**
 * Validates territory data in the shape of `morocco-territory.json` and turns it into frozen
 * regions. Throws with every zod issue listed, so a malformed edit of the JSON fails loudly.
 */
export function parseTerritory(raw: unknown): readonly Region[] {
  const parsed = territorySchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`morocco-territory.json is invalid:\n${z.prettifyError(parsed.error)}`);
  }
  return Object.freeze(parsed.data.regions.map(toRegion));
}

/** The 12 regions in HCP code order, each with its prefectures and provinces. */
export const REGIONS: readonly Region[] = parseTerritory(data);

/** All 75 prefectures and provinces, region by region. */
export const PROVINCES: readonly Province[] = Object.freeze(
  REGIONS.flatMap((region) => region.provinces),
);

const regionsByCode: ReadonlyMap<string, Region> = new Map(
  REGIONS.map((region) => [region.code, region]),
);
const provincesByCode: ReadonlyMap<string, Province> = new Map(
  PROVINCES.map((province) => [province.code, province]),
);

/** The region with this 2-digit HCP code (`'04'` → Rabat-Salé-Kénitra), if any. */
export function findRegion(code: string): Region | undefined {
  return regionsByCode.get(code);
}

/**
 * The prefecture or province with this 3-digit HCP code (`'541'` → Taroudannt), if any. The codes
 * in the shipped data are unique nationally (checked at load), so the code alone is enough.
 */
export function findProvince(code: string): Province | undefined {
  return provincesByCode.get(code);
}
