import type { Actor, Scope } from '@sanad/core';
import type { staffUsers } from '../db/schema/index.ts';

type StaffRow = typeof staffUsers.$inferSelect;

/** The scope stored on an account, as the rules read it. */
export function scopeOf(
  row: Pick<StaffRow, 'scopeLevel' | 'scopeRegion' | 'scopeProvince'>,
): Scope {
  if (row.scopeLevel === 'province' && row.scopeProvince && row.scopeRegion) {
    return { level: 'province', region: row.scopeRegion, province: row.scopeProvince };
  }
  if (row.scopeLevel === 'region' && row.scopeRegion) {
    return { level: 'region', region: row.scopeRegion };
  }
  return { level: 'national' };
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
