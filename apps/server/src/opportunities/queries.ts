import type { Actor } from '@sanad/core';
import { findProvince } from '@sanad/core';
import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { institutions, opportunities } from '../db/schema/index.ts';
import { countRows } from '../db/types.ts';
import { inRegion } from './matchable.ts';
import { presentOpportunity } from './presenter.ts';
import type { OpportunityListQuery, OpportunityView } from './schemas.ts';
import { canReadOpportunity, opportunitiesReadableBy } from './scope.ts';
import { casablancaToday, statusIsSql, statusOf } from './status.ts';

/** `%` and `_` typed in a search are letters, not wildcards. */
const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A province is served by offers listing it, region-wide offers of its region, remote ones. */
function servingProvince(provinceCode: string): SQL {
  const regionCode = findProvince(provinceCode)?.regionCode ?? null;
  return (
    or(
      sql`${opportunities.provinceCodes} @> array[${provinceCode}]::text[]`,
      regionCode === null
        ? undefined
        : and(
            eq(opportunities.regionCode, regionCode),
            sql`cardinality(${opportunities.provinceCodes}) = 0`,
          ),
      eq(opportunities.remote, true),
    ) ?? sql`false`
  );
}

function filtersOf(actor: Actor, query: OpportunityListQuery, today: string): SQL[] {
  const where: SQL[] = [opportunitiesReadableBy(actor, today)];
  if (query.status !== 'all') where.push(statusIsSql(query.status, today));
  if (query.kind !== undefined) where.push(eq(opportunities.kind, query.kind));
  if (query.providerId !== undefined) where.push(eq(opportunities.providerId, query.providerId));
  if (query.provinceCode !== undefined) where.push(servingProvince(query.provinceCode));
  if (query.regionCode !== undefined)
    where.push(or(inRegion(query.regionCode), eq(opportunities.remote, true)) ?? sql`false`);
  if (query.q !== undefined) where.push(ilike(opportunities.title, `%${escapeLike(query.q)}%`));
  return where;
}

const withProvider = { row: opportunities, providerName: institutions.name };

/**
 * The catalogue as the viewer may read it, filtered and paged in SQL, soonest deadline first.
 * Not audited per reading: offers of institutions, no personal data.
 */
export async function listOpportunities(
  db: Db,
  actor: Actor,
  query: OpportunityListQuery,
  now: Date,
): Promise<{ opportunities: OpportunityView[]; total: number; limit: number; offset: number }> {
  const today = casablancaToday(now);
  const where = and(...filtersOf(actor, query, today));
  const rows = await db
    .select(withProvider)
    .from(opportunities)
    .innerJoin(institutions, eq(institutions.id, opportunities.providerId))
    .where(where)
    .orderBy(
      sql`${opportunities.applyBy} asc nulls last`,
      sql`${opportunities.startsOn} asc nulls last`,
      asc(opportunities.title),
      asc(opportunities.id),
    )
    .limit(query.limit)
    .offset(query.offset);
  const [counted] = await db.select({ n: countRows() }).from(opportunities).where(where);
  return {
    opportunities: rows.map((r) => presentOpportunity(r.row, r.providerName, actor, today)),
    total: counted?.n ?? 0,
    limit: query.limit,
    offset: query.offset,
  };
}

/** One opportunity as the viewer may read it; undefined when it does not exist or is not theirs. */
export async function opportunityViewFor(
  db: Db,
  actor: Actor,
  id: string,
  now: Date,
): Promise<OpportunityView | undefined> {
  const today = casablancaToday(now);
  const [found] = await db
    .select(withProvider)
    .from(opportunities)
    .innerJoin(institutions, eq(institutions.id, opportunities.providerId))
    .where(eq(opportunities.id, id));
  if (!found) return undefined;
  const record = { providerId: found.row.providerId, status: statusOf(found.row, today) };
  if (!canReadOpportunity(actor, record)) return undefined;
  return presentOpportunity(found.row, found.providerName, actor, today);
}
