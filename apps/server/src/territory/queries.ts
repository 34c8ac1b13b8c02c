import { asc } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { provinces, regions } from '../db/schema/index.ts';
import type { RegionsResponse } from './schemas.ts';

/** The 12 regions with their prefectures and provinces, ordered by code. Public reference data. */
export async function listRegions(db: Db): Promise<RegionsResponse> {
  const [regionRows, provinceRows] = await Promise.all([
    db.select().from(regions).orderBy(asc(regions.code)),
    db.select().from(provinces).orderBy(asc(provinces.code)),
  ]);
  const name = (row: { nameAr: string; nameFr: string; nameZgh: string; nameEn: string }) => ({
    ar: row.nameAr,
    fr: row.nameFr,
    zgh: row.nameZgh,
    en: row.nameEn,
  });
  return {
    regions: regionRows.map((region) => ({
      code: region.code,
      iso: region.isoCode,
      name: name(region),
      provinces: provinceRows
        .filter((province) => province.regionCode === region.code)
        .map((province) => ({
          code: province.code,
          iso: province.isoCode,
          kind: province.kind,
          name: name(province),
        })),
    })),
  };
}
