import { findProvince } from '../territory/territory.ts';
import type { AreaType } from '../vocabulary/area-types.ts';
import type { InstitutionType } from '../vocabulary/institution-types.ts';

/**
 * The urgent path a listener proposes for a case in danger (DOMAIN.md §0 and §6.3: "emergency →
 * verify → connect the competent security service"): the Law 103.13 care cell of the security
 * service that has jurisdiction where she is — the DGSN (police, dial 19) in towns, the Royal
 * Gendarmerie (dial 177) in the countryside — and the care cell of the public prosecution at the
 * court of first instance. Pure: the server loads the institutions, this ranks them.
 */

/** Where the case is, as the case file knows it. */
export interface CasePlace {
  readonly provinceCode: string | null;
  /** Derived from the province when absent. */
  readonly regionCode: string | null;
  readonly areaType: AreaType | null;
}

/** An institution as the proposal needs it. */
export interface PathInstitution {
  readonly id: string;
  readonly name: string;
  readonly type: InstitutionType;
  readonly regionCode: string;
  /** Its seat. */
  readonly provinceCode: string | null;
  /** Provinces it serves (institution_coverage). */
  readonly coverage: readonly string[];
  readonly active: boolean;
}

/** An institution as the proposal returns it. */
export interface PathInstitutionRef {
  readonly id: string;
  readonly name: string;
  readonly type: InstitutionType;
  readonly provinceCode: string | null;
}

export type SecurityService = 'dgsn' | 'gendarmerie';
/** Why that service: her area type, or (`unknown_area`) a guess from the kind of province. */
export type SecurityReason = 'urban' | 'rural' | 'unknown_area';

export interface UrgentPath {
  readonly security: {
    /** The service to contact first. */
    readonly service: SecurityService;
    readonly reason: SecurityReason;
    /** The first service's cells, best first; then the other service's when the area is unknown
     * or when the first has no cell within reach. */
    readonly institutions: readonly PathInstitutionRef[];
  };
  /** The prosecution care cells serving her province, else her region's. */
  readonly prosecution: readonly PathInstitutionRef[];
}

const CELL: Readonly<Record<SecurityService, InstitutionType>> = {
  dgsn: 'dgsn_cell',
  gendarmerie: 'gendarmerie_cell',
};
const OTHER: Readonly<Record<SecurityService, SecurityService>> = {
  dgsn: 'gendarmerie',
  gendarmerie: 'dgsn',
};

/**
 * Which service first. Known area: urban → DGSN, rural → Gendarmerie. Unknown area: the 13
 * prefectures are wholly urban, so DGSN; a province is mostly rural territory (the Gendarmerie's
 * jurisdiction) around towns, so Gendarmerie first and DGSN next — both are offered.
 */
function securityFor(place: CasePlace): { service: SecurityService; reason: SecurityReason } {
  if (place.areaType === 'urban') return { service: 'dgsn', reason: 'urban' };
  if (place.areaType === 'rural') return { service: 'gendarmerie', reason: 'rural' };
  const province = place.provinceCode === null ? undefined : findProvince(place.provinceCode);
  return {
    service: province?.kind === 'prefecture' ? 'dgsn' : 'gendarmerie',
    reason: 'unknown_area',
  };
}

/** How close an institution is: 0 seated in her province, 1 serving it, 2 in her region. */
function nearness(institution: PathInstitution, place: CasePlace, region: string | null) {
  if (place.provinceCode !== null) {
    if (institution.provinceCode === place.provinceCode) return 0;
    if (institution.coverage.includes(place.provinceCode)) return 1;
  }
  if (region !== null && institution.regionCode === region) return 2;
  return undefined;
}

/**
 * The active institutions of one type serving her province, best first; only when none does,
 * those of her region (the fallback: a regional cell still answers for the whole region).
 */
function reachable(
  institutions: readonly PathInstitution[],
  type: InstitutionType,
  place: CasePlace,
  region: string | null,
): PathInstitutionRef[] {
  const ranked = institutions
    .filter((i) => i.active && i.type === type)
    .flatMap((i) => {
      const rank = nearness(i, place, region);
      return rank === undefined ? [] : [{ i, rank }];
    })
    .sort(
      (a, b) => a.rank - b.rank || a.i.name.localeCompare(b.i.name) || (a.i.id < b.i.id ? -1 : 1),
    );
  const local = ranked.filter((r) => r.rank < 2);
  return (local.length > 0 ? local : ranked).map(({ i }) => ({
    id: i.id,
    name: i.name,
    type: i.type,
    provinceCode: i.provinceCode,
  }));
}

/** The proposal, or null when the case has no place at all (nothing to base it on). */
export function proposeUrgentPath(
  place: CasePlace,
  institutions: readonly PathInstitution[],
): UrgentPath | null {
  const region =
    place.regionCode ??
    (place.provinceCode === null ? null : (findProvince(place.provinceCode)?.regionCode ?? null));
  if (place.provinceCode === null && region === null) return null;
  const { service, reason } = securityFor(place);
  const first = reachable(institutions, CELL[service], place, region);
  const includeOther = reason === 'unknown_area' || first.length === 0;
  const other = includeOther ? reachable(institutions, CELL[OTHER[service]], place, region) : [];
  return {
    security: { service, reason, institutions: [...first, ...other] },
    prosecution: reachable(institutions, 'prosecution_cell', place, region),
  };
}
