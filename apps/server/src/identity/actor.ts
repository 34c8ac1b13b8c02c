import { findProvince, type Actor, type Scope } from '@sanad/core';
import type { staffUsers } from '../db/schema/index.ts';

type StaffRow = typeof staffUsers.$inferSelect;

/** The scope stored on an account, as the rules read it. */
export function scopeOf(
  row: Pick<StaffRow, 'scopeLevel' | 'scopeRegion' | 'scopeProvince'>,
): Scope {
  switch (row.scopeLevel) {
    case 'national':
      return { level: 'national' };
    case 'region':
      if (row.scopeRegion) return { level: 'region', region: row.scopeRegion };
      break;
    case 'province': {
      // The database requires the province only; its region is derived from the territory.
      const region = row.scopeRegion ?? findProvince(row.scopeProvince ?? '')?.regionCode;
      if (row.scopeProvince && region) {
        return { level: 'province', region, province: row.scopeProvince };
      }
      break;
    }
  }
  // Fail closed: an account whose territory cannot be resolved must never fall back to the
  // whole country. Refusing here makes sign-in and every request of that account fail.
  throw new Error(`staff scope ${row.scopeLevel} has no territory`);
}

export function actorOf(row: StaffRow): Actor {
  return { id: row.id, role: row.role, scope: scopeOf(row), institutionId: row.institutionId };
}

/** A scope as the API shows it: the level, and the region/province when it has them. */
export function presentScope(scope: Scope): {
  level: Scope['level'];
  region?: string;
  province?: string;
} {
  return {
    level: scope.level,
    ...(scope.level !== 'national' ? { region: scope.region } : {}),
    ...(scope.level === 'province' ? { province: scope.province } : {}),
  };
}
