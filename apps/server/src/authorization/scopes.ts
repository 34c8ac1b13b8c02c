import {
  isGranted,
  isInstitutionRole,
  SHARING_REFERRAL_STATUSES,
  type Actor,
  type Scope,
} from '@sanad/core';
import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { cases, institutions, referrals, staffUsers } from '../db/schema/index.ts';

/**
 * The SQL twins of the record rules in `@sanad/core` (authorization/rules.ts): each returns a
 * WHERE condition meaning exactly what the rule means, so lists, searches and exports filter in
 * the database. `scopes.test.ts` checks every twin against its rule on random data.
 */
const NOTHING = sql`false`;
const EVERYTHING = sql`true`;

function placeInScope(scope: Scope, region: PgColumn, province: PgColumn): SQL {
  switch (scope.level) {
    case 'national':
      return EVERYTHING;
    case 'region':
      return eq(region, scope.region);
    case 'province':
      return eq(province, scope.province);
  }
}

/** Twin of `canReadCase`. */
export function casesReadableBy(actor: Actor): SQL {
  if (!isGranted(actor, 'case.read')) return NOTHING;
  if (isInstitutionRole(actor)) {
    if (actor.institutionId === null) return NOTHING;
    const referred = sql`exists (select 1 from ${referrals} where ${and(
      eq(referrals.caseId, cases.id),
      eq(referrals.institutionId, actor.institutionId),
      eq(referrals.scope, 'case'),
      inArray(referrals.status, [...SHARING_REFERRAL_STATUSES]),
    )})`;
    return or(referred, eq(cases.registeredByInstitutionId, actor.institutionId)) ?? NOTHING;
  }
  return placeInScope(actor.scope, cases.regionCode, cases.provinceCode);
}

/** Twin of `canWorkCase` (the queue, search and case work lists use it). */
export function casesWorkableBy(
  actor: Actor,
  action: 'case.update' | 'case.claim' | 'message.send' = 'case.update',
): SQL {
  if (!isGranted(actor, action)) return NOTHING;
  if (isInstitutionRole(actor)) return NOTHING;
  return placeInScope(actor.scope, cases.regionCode, cases.provinceCode);
}

/** Twin of `canReassignCase`. */
export function casesReassignableBy(actor: Actor): SQL {
  if (!isGranted(actor, 'case.reassign')) return NOTHING;
  return placeInScope(actor.scope, cases.regionCode, cases.provinceCode);
}

/** Twin of `canReadCaseTrail`. */
export function caseTrailsReadableBy(actor: Actor): SQL {
  if (!isGranted(actor, 'case.read_audit_trail')) return NOTHING;
  return placeInScope(actor.scope, cases.regionCode, cases.provinceCode);
}

/** Twin of `canSeeStaff`: the accounts within the admin's scope. */
export function staffListableBy(actor: Actor): SQL {
  if (!isGranted(actor, 'staff.list')) return NOTHING;
  return placeInScope(actor.scope, staffUsers.scopeRegion, staffUsers.scopeProvince);
}

/** Twin of `canSeeInstitution`. */
export function institutionsListableBy(actor: Actor): SQL {
  if (!isGranted(actor, 'institution.list')) return NOTHING;
  return placeInScope(actor.scope, institutions.regionCode, institutions.provinceCode);
}
