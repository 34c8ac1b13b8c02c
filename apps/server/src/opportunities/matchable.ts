import { findProvince, type MatchableOpportunity } from '@sanad/core';
import { and, asc, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { opportunities, provinces } from '../db/schema/index.ts';

export interface MatchablePlace {
  readonly regionCode: string | null;
  readonly provinceCode: string | null;
  /** She can go anywhere: the whole catalogue is a candidate. */
  readonly anywhere?: boolean;
}

/** Opportunities held in the region: its own, or through one of its provinces. */
export function inRegion(regionCode: string): SQL {
  return (
    or(
      eq(opportunities.regionCode, regionCode),
      sql`exists (select 1 from ${provinces}
            where ${provinces.regionCode} = ${regionCode}
              and ${provinces.code} = any(${opportunities.provinceCodes}))`,
    ) ?? sql`false`
  );
}

/**
 * The candidates matching ranks for a woman: active offers not closed by their manager that
 * could concern her place — given remotely, held in her region (known, or read from her
 * province), or any when she can go anywhere. Matching decides the rest (reach, dates, places,
 * eligibility) with its reasons, so a full or lapsed offer is still returned for it to explain.
 */
export async function loadMatchableOpportunities(
  db: Db,
  place: MatchablePlace,
): Promise<MatchableOpportunity[]> {
  const regionCode =
    place.regionCode ??
    (place.provinceCode !== null ? (findProvince(place.provinceCode)?.regionCode ?? null) : null);
  const near =
    place.anywhere === true
      ? undefined
      : regionCode !== null
        ? or(eq(opportunities.remote, true), inRegion(regionCode))
        : eq(opportunities.remote, true);
  const rows = await db
    .select()
    .from(opportunities)
    .where(and(eq(opportunities.active, true), isNull(opportunities.closedAt), near))
    .orderBy(asc(opportunities.applyBy), asc(opportunities.id));
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    providerId: row.providerId,
    title: row.title,
    regionCode: row.regionCode,
    provinceCodes: row.provinceCodes,
    remote: row.remote,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    applyBy: row.applyBy,
    placesLeft: row.placesLeft,
    minAge: row.minAge,
    maxAge: row.maxAge,
    schoolingLevel: row.schoolingLevel,
    literacyRequired: row.literacyRequired,
    childcare: row.childcare,
    transport: row.transport,
    stipend: row.stipend,
    languages: row.languages,
    active: row.active,
  }));
}
