import { REGIONS } from '@sanad/core';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { provinces, regions } from '../db/schema/index.ts';

/**
 * Brings the territory tables in line with `@sanad/core`'s reference data, so foreign keys and
 * the API always see the same 12 regions and 75 provinces as the code. Idempotent; runs at start.
 */
export async function syncTerritory(db: Db): Promise<void> {
  const regionRows = REGIONS.map((region) => ({
    code: region.code,
    isoCode: region.iso,
    nameAr: region.name.ar,
    nameFr: region.name.fr,
    nameZgh: region.name.zgh,
    nameEn: region.name.en,
  }));
  const provinceRows = REGIONS.flatMap((region) =>
    region.provinces.map((province) => ({
      code: province.code,
      regionCode: region.code,
      isoCode: province.iso,
      kind: province.kind,
      nameAr: province.name.ar,
      nameFr: province.name.fr,
      nameZgh: province.name.zgh,
      nameEn: province.name.en,
    })),
  );
  const fromExcluded = (column: string) => sql.raw(`excluded.${column}`);
  await db.transaction(async (tx) => {
    await tx
      .insert(regions)
      .values(regionRows)
      .onConflictDoUpdate({
        target: regions.code,
        set: {
          isoCode: fromExcluded('iso_code'),
          nameAr: fromExcluded('name_ar'),
          nameFr: fromExcluded('name_fr'),
          nameZgh: fromExcluded('name_zgh'),
          nameEn: fromExcluded('name_en'),
        },
      });
    await tx
      .insert(provinces)
      .values(provinceRows)
      .onConflictDoUpdate({
        target: provinces.code,
        set: {
          regionCode: fromExcluded('region_code'),
          isoCode: fromExcluded('iso_code'),
          kind: fromExcluded('kind'),
          nameAr: fromExcluded('name_ar'),
          nameFr: fromExcluded('name_fr'),
          nameZgh: fromExcluded('name_zgh'),
          nameEn: fromExcluded('name_en'),
        },
      });
  });
}
