import {
  findProvince,
  proposeUrgentPath,
  type PathInstitution,
  type UrgentPath,
} from '@sanad/core';
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { institutionCoverage, institutions } from '../db/schema/index.ts';
import type { CaseRow } from './load.ts';

const TYPES = ['dgsn_cell', 'gendarmerie_cell', 'prosecution_cell'] as const;

/**
 * The urgent path for the case's place (ranking in `@sanad/core` casework/urgent-path.ts). Loads
 * only the cells that could be proposed: those of her region, and those elsewhere whose
 * coverage includes her province (a court area may cross a region's border).
 */
export async function urgentPathFor(tx: Db, row: CaseRow): Promise<UrgentPath | null> {
  const region =
    row.regionCode ??
    (row.provinceCode === null ? null : (findProvince(row.provinceCode)?.regionCode ?? null));
  if (region === null) return null;
  const covering =
    row.provinceCode === null
      ? sql`false`
      : sql`${institutions.id} IN (SELECT ${institutionCoverage.institutionId} FROM ${institutionCoverage} WHERE ${institutionCoverage.provinceCode} = ${row.provinceCode})`;
  const rows = await tx
    .select()
    .from(institutions)
    .where(
      and(
        inArray(institutions.type, [...TYPES]),
        eq(institutions.active, true),
        or(eq(institutions.regionCode, region), covering),
      ),
    );
  const coverage =
    rows.length === 0
      ? []
      : await tx
          .select()
          .from(institutionCoverage)
          .where(
            inArray(
              institutionCoverage.institutionId,
              rows.map((r) => r.id),
            ),
          );
  const candidates: PathInstitution[] = rows.map((r) => ({
    id: r.id,
    name: r.name,
    type: r.type,
    regionCode: r.regionCode,
    provinceCode: r.provinceCode,
    coverage: coverage.filter((c) => c.institutionId === r.id).map((c) => c.provinceCode),
    active: r.active,
  }));
  return proposeUrgentPath(
    { provinceCode: row.provinceCode, regionCode: region, areaType: row.areaType },
    candidates,
  );
}
