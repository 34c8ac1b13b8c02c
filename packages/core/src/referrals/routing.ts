import { findProvince } from '../territory/index.ts';
import type { AreaType } from '../vocabulary/area-types.ts';
import type { InstitutionType } from '../vocabulary/institution-types.ts';
import type { ServiceType } from '../vocabulary/service-types.ts';
import type { UrgencyLevel } from '../vocabulary/urgency-levels.ts';
import type { UtcOffset } from './calendar.ts';
import { openingStatus } from './opening-hours.ts';

/**
 * Routing (issue #6): given what she needs, how urgent it is, where she is and what she agreed to
 * share, propose institutions in order, each with the reasons as codes the console translates
 * ("covers Settat province, open now, 3 beds free, handles physical violence"). The listener
 * chooses; the proposal never sends anything.
 */

/** An institution as routing reads it: a directory row plus its coverage provinces. */
export interface RoutableInstitution {
  readonly id: string;
  readonly name: string;
  readonly type: InstitutionType;
  readonly regionCode: string;
  /** Seat province, if any. */
  readonly provinceCode: string | null;
  /** Provinces it covers (`institution_coverage`); the seat counts as covered too. */
  readonly coverageProvinces: readonly string[];
  readonly areaTypes: readonly AreaType[];
  readonly services: readonly ServiceType[];
  readonly open247: boolean;
  readonly openingHours: unknown;
  /** Free beds, for institutions that shelter; null when not tracked. */
  readonly capacityFree: number | null;
  readonly active: boolean;
}

export interface RoutingNeed {
  /** What she needs; an institution must offer at least one to be proposed. */
  readonly services: readonly ServiceType[];
  readonly urgency: UrgencyLevel;
  /** Where she is: province (HCP code), or only the region when the province is not known. */
  readonly provinceCode?: string | null;
  readonly regionCode?: string | null;
  readonly areaType?: AreaType | null;
  /** Her consent to share: with everyone in the network, or with these institutions. */
  readonly consent: {
    readonly general: boolean;
    readonly institutionIds: readonly string[];
  };
}

/** Every reason code, for the console's translations and exhaustive switches. */
export const PROPOSAL_REASON_CODES = [
  'covers_province',
  'covers_region',
  'national_coverage',
  'outside_region',
  'serves_area',
  'area_not_served',
  'open_24_7',
  'open_now',
  'closed_until',
  'closed_no_opening',
  'hours_unknown',
  'handles_service',
  'lacks_service',
  'beds_free',
  'full',
  'consent_given',
  'consent_missing',
] as const;

export type ProposalReasonCode = (typeof PROPOSAL_REASON_CODES)[number];

/** A reason with its parameters; `at` is an ISO 8601 instant. */
export type ProposalReason =
  | { readonly code: 'covers_province'; readonly province: string }
  | { readonly code: 'covers_region'; readonly region: string }
  | { readonly code: 'national_coverage' }
  | { readonly code: 'outside_region'; readonly region: string }
  | { readonly code: 'serves_area'; readonly areaType: AreaType }
  | { readonly code: 'area_not_served'; readonly areaType: AreaType }
  | { readonly code: 'open_24_7' }
  | { readonly code: 'open_now' }
  | { readonly code: 'closed_until'; readonly at: string }
  | { readonly code: 'closed_no_opening' }
  | { readonly code: 'hours_unknown' }
  | { readonly code: 'handles_service'; readonly service: ServiceType }
  | { readonly code: 'lacks_service'; readonly service: ServiceType }
  | { readonly code: 'beds_free'; readonly count: number }
  | { readonly code: 'full' }
  | { readonly code: 'consent_given' }
  | { readonly code: 'consent_missing' };

/** How close the institution is to her: her province, her region, national, another region. */
export type TerritoryMatch = 'province' | 'region' | 'national' | 'elsewhere';

export interface Proposal {
  readonly institutionId: string;
  /** 1 for the first proposal. */
  readonly rank: number;
  readonly territory: TerritoryMatch;
  readonly openNow: boolean;
  readonly servicesCovered: readonly ServiceType[];
  readonly bedsFree: number | null;
  /** Needs shelter, shelters, but no bed is free: kept, ranked last. */
  readonly full: boolean;
  /** A referral to it can be sent without the emergency override. */
  readonly consentGranted: boolean;
  readonly reasons: readonly ProposalReason[];
}

export interface RoutingOptions {
  /** Casablanca's offset; defaults to the platform's time-zone data. */
  readonly utcOffset?: UtcOffset;
}

/** Institutions that serve the whole country rather than a territory. */
const NATIONAL_TYPES: readonly InstitutionType[] = ['helpline', 'ministry'];

const TERRITORY_ORDER: Readonly<Record<TerritoryMatch, number>> = {
  province: 0,
  region: 1,
  national: 2,
  elsewhere: 3,
};

function territoryOf(
  institution: RoutableInstitution,
  province: string | null,
  region: string | null,
): TerritoryMatch {
  const covered = new Set(institution.coverageProvinces);
  if (institution.provinceCode !== null) covered.add(institution.provinceCode);
  if (province !== null && covered.has(province)) return 'province';
  if (NATIONAL_TYPES.includes(institution.type)) return 'national';
  if (region !== null) {
    if (institution.regionCode === region) return 'region';
    if ([...covered].some((code) => findProvince(code)?.regionCode === region)) return 'region';
  }
  return 'elsewhere';
}

interface Scored extends Omit<Proposal, 'rank'> {
  readonly name: string;
  readonly areaServed: boolean;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Ranked proposals. Left out: inactive institutions and those offering none of the needed
 * services. Order, each key breaking the ties of the one before:
 * 1. a shelter with no free bed, when she needs shelter, goes last (`full`);
 * 2. serving her kind of area (a rural woman goes to the Gendarmerie, not the urban police);
 * 3. for EMERGENCY and HIGH, open now first: a closed office next door cannot help tonight;
 * 4. territory: her province, then her region, then national bodies, then other regions;
 * 5. more of the needed services covered;
 * 6. more free beds, when she needs shelter;
 * 7. name, then id, so equal institutions always come out in the same order.
 */
export function proposeInstitutions(
  need: RoutingNeed,
  institutions: readonly RoutableInstitution[],
  now: Date,
  options: RoutingOptions = {},
): Proposal[] {
  const province = need.provinceCode ?? null;
  const region =
    need.regionCode ?? (province === null ? null : (findProvince(province)?.regionCode ?? null));
  const needsShelter = need.services.includes('shelter');
  const urgent = need.urgency === 'emergency' || need.urgency === 'high';

  const scored: Scored[] = [];
  for (const institution of institutions) {
    if (!institution.active) continue;
    const servicesCovered = need.services.filter((s) => institution.services.includes(s));
    if (servicesCovered.length === 0) continue;

    const reasons: ProposalReason[] = [];
    const territory = territoryOf(institution, province, region);
    if (territory === 'province' && province !== null) {
      reasons.push({ code: 'covers_province', province });
    } else if (territory === 'region' && region !== null) {
      reasons.push({ code: 'covers_region', region });
    } else if (territory === 'national') {
      reasons.push({ code: 'national_coverage' });
    } else {
      reasons.push({ code: 'outside_region', region: institution.regionCode });
    }

    const areaType = need.areaType ?? null;
    const areaServed = areaType === null || institution.areaTypes.includes(areaType);
    if (areaType !== null) {
      reasons.push({ code: areaServed ? 'serves_area' : 'area_not_served', areaType });
    }

    const status = openingStatus(institution, now, options.utcOffset);
    const openNow = status.state === 'open';
    if (status.state === 'open') reasons.push({ code: status.always ? 'open_24_7' : 'open_now' });
    else if (status.state === 'unknown') reasons.push({ code: 'hours_unknown' });
    else if (status.nextOpening === null) reasons.push({ code: 'closed_no_opening' });
    else reasons.push({ code: 'closed_until', at: status.nextOpening.toISOString() });

    for (const service of servicesCovered) reasons.push({ code: 'handles_service', service });
    for (const service of need.services) {
      if (!servicesCovered.includes(service)) reasons.push({ code: 'lacks_service', service });
    }

    const shelters = institution.services.includes('shelter');
    const bedsFree = shelters ? institution.capacityFree : null;
    const full = needsShelter && shelters && bedsFree === 0;
    if (full) reasons.push({ code: 'full' });
    else if (needsShelter && bedsFree !== null)
      reasons.push({ code: 'beds_free', count: bedsFree });

    const consentGranted =
      need.consent.general || need.consent.institutionIds.includes(institution.id);
    reasons.push({ code: consentGranted ? 'consent_given' : 'consent_missing' });

    scored.push({
      institutionId: institution.id,
      name: institution.name,
      territory,
      openNow,
      servicesCovered,
      bedsFree,
      full,
      consentGranted,
      areaServed,
      reasons,
    });
  }

  scored.sort(
    (a, b) =>
      Number(a.full) - Number(b.full) ||
      Number(b.areaServed) - Number(a.areaServed) ||
      (urgent ? Number(b.openNow) - Number(a.openNow) : 0) ||
      TERRITORY_ORDER[a.territory] - TERRITORY_ORDER[b.territory] ||
      b.servicesCovered.length - a.servicesCovered.length ||
      (needsShelter ? (b.bedsFree ?? -1) - (a.bedsFree ?? -1) : 0) ||
      compareText(a.name, b.name) ||
      compareText(a.institutionId, b.institutionId),
  );

  return scored.map(({ name: _name, areaServed: _areaServed, ...proposal }, index) => ({
    ...proposal,
    rank: index + 1,
  }));
}
