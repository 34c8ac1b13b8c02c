import { openingStatus } from '@sanad/core';
import { and, arrayContains, asc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { institutionCoverage, institutions, provinces } from '../db/schema/index.ts';
import type { DirectoryEntry, DirectoryQuery } from './directory-schemas.ts';
import {
  presentContact,
  presentFocalPoints,
  storedHours,
  type InstitutionRow,
} from './presenters.ts';

/** A directory entry: public fields only, with "open now" read by core's opening rules. */
export function presentDirectoryEntry(
  row: InstitutionRow,
  coverage: readonly string[],
  now: Date,
): DirectoryEntry {
  const status = openingStatus(row, now);
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    type: row.type,
    agency: row.agency,
    regionCode: row.regionCode,
    provinceCode: row.provinceCode,
    coverage: [...coverage].sort(),
    areaTypes: row.areaTypes,
    services: row.services,
    open247: row.open247,
    openingHours: row.open247 ? null : (storedHours(row.openingHours) ?? null),
    openNow: status.state === 'open',
    hoursKnown: status.state !== 'unknown',
    nextOpeningAt:
      status.state === 'closed' && status.nextOpening !== null
        ? status.nextOpening.toISOString()
        : null,
    capacityTotal: row.capacityTotal,
    capacityFree: row.capacityFree,
    capacityUpdatedAt: row.capacityUpdatedAt?.toISOString() ?? null,
    contact: presentContact(row.contact),
    focalPoints: presentFocalPoints(row.focalPoints),
  };
}

/** `%` and `_` typed in a search are letters, not wildcards. */
const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function filtersOf(query: DirectoryQuery): SQL[] {
  const where: SQL[] = [eq(institutions.active, true)];
  if (query.type !== undefined) where.push(eq(institutions.type, query.type));
  if (query.service !== undefined)
    where.push(arrayContains(institutions.services, [query.service]));
  if (query.provinceCode !== undefined) {
    const province = query.provinceCode;
    where.push(
      or(
        eq(institutions.provinceCode, province),
        sql`exists (select 1 from ${institutionCoverage} where ${and(
          eq(institutionCoverage.institutionId, institutions.id),
          eq(institutionCoverage.provinceCode, province),
        )})`,
      ) ?? sql`false`,
    );
  }
  if (query.regionCode !== undefined) {
    const region = query.regionCode;
    where.push(
      or(
        eq(institutions.regionCode, region),
        sql`exists (select 1 from ${institutionCoverage} join ${provinces}
              on ${provinces.code} = ${institutionCoverage.provinceCode}
            where ${and(
              eq(institutionCoverage.institutionId, institutions.id),
              eq(provinces.regionCode, region),
            )})`,
      ) ?? sql`false`,
    );
  }
  if (query.q !== undefined) {
    const pattern = `%${escapeLike(query.q)}%`;
    where.push(
      or(
        ilike(institutions.name, pattern),
        ilike(institutions.agency, pattern),
        ilike(institutions.code, pattern),
      ) ?? sql`false`,
    );
  }
  return where;
}

export async function coverageOf(
  db: Db,
  ids: readonly string[],
): Promise<ReadonlyMap<string, string[]>> {
  const byInstitution = new Map<string, string[]>();
  if (ids.length === 0) return byInstitution;
  const rows = await db
    .select()
    .from(institutionCoverage)
    .where(inArray(institutionCoverage.institutionId, [...ids]));
  for (const c of rows) {
    const list = byInstitution.get(c.institutionId) ?? [];
    list.push(c.provinceCode);
    byInstitution.set(c.institutionId, list);
  }
  return byInstitution;
}

/**
 * The active institutions matching the filters, filtered in SQL. The directory is the whole
 * network's, not scoped to the reader's territory: a woman in one region may need the shelter
 * of the next, and every institution listed is a public body or a partner that asked to be.
 */
export async function listDirectory(
  db: Db,
  query: DirectoryQuery,
  now: Date,
): Promise<DirectoryEntry[]> {
  const rows = await db
    .select()
    .from(institutions)
    .where(and(...filtersOf(query)))
    .orderBy(asc(institutions.regionCode), asc(institutions.name), asc(institutions.id));
  const coverage = await coverageOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => presentDirectoryEntry(row, coverage.get(row.id) ?? [], now));
}

/** One active institution as the directory shows it, or undefined. */
export async function directoryEntryOf(
  db: Db,
  id: string,
  now: Date,
): Promise<DirectoryEntry | undefined> {
  const [row] = await db
    .select()
    .from(institutions)
    .where(and(eq(institutions.id, id), eq(institutions.active, true)));
  if (!row) return undefined;
  const coverage = await coverageOf(db, [id]);
  return presentDirectoryEntry(row, coverage.get(id) ?? [], now);
}
