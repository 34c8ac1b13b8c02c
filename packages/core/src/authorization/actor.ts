import type { StaffRole } from '../vocabulary/staff-roles.ts';

/** Where a staff member works: the whole country, one region, or one prefecture/province. */
export type Scope =
  | { readonly level: 'national' }
  | { readonly level: 'region'; readonly region: string }
  | { readonly level: 'province'; readonly region: string; readonly province: string };

/** The signed-in staff member, as the rules see them. */
export interface Actor {
  readonly id: string;
  readonly role: StaffRole;
  readonly scope: Scope;
  /** Institution roles always have one; others usually do (the helpline, the ministry). */
  readonly institutionId: string | null;
}

/** A place in the territory, as records carry it. */
export interface Place {
  readonly regionCode: string | null;
  readonly provinceCode: string | null;
}

/** True when the place lies within the scope (a record with no place is national-only). */
export function inScope(scope: Scope, place: Place): boolean {
  switch (scope.level) {
    case 'national':
      return true;
    case 'region':
      return place.regionCode === scope.region;
    case 'province':
      return place.provinceCode === scope.province;
  }
}
