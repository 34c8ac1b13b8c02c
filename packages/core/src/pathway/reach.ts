import { findProvince } from '../territory/index.ts';
import type { EconomicProfile, MatchableOpportunity } from './types.ts';

/**
 * Whether she can get to an opportunity, and how close it is. Closeness orders matches (her
 * province, then her region, then from home, then further away); `reachable` decides whether it
 * is offered at all; `viaTransport` marks an opportunity in her region that only the provider's
 * transport brings within her reach, because she said she stays in her province.
 */
export type Closeness = 'province' | 'region' | 'remote' | 'elsewhere';

export interface Reach {
  readonly closeness: Closeness;
  readonly reachable: boolean;
  readonly viaTransport: boolean;
  /** Her region is known and the opportunity is held in it (anywhere in it). */
  readonly inHerRegion: boolean;
  /** Her region is known and the opportunity is held only outside it. */
  readonly outsideHerRegion: boolean;
}

/** Her region: the profile's, or else her province's. */
export function regionOfProfile(profile: EconomicProfile): string | null {
  if (profile.regionCode !== null) return profile.regionCode;
  if (profile.provinceCode === null) return null;
  return findProvince(profile.provinceCode)?.regionCode ?? null;
}

/** The regions an opportunity is held in: its own and its provinces'. */
function regionsOf(opportunity: MatchableOpportunity): ReadonlySet<string> {
  const regions = new Set<string>();
  if (opportunity.regionCode !== null) regions.add(opportunity.regionCode);
  for (const code of opportunity.provinceCodes) {
    const region = findProvince(code)?.regionCode;
    if (region !== undefined) regions.add(region);
  }
  return regions;
}

/**
 * In order: her province is listed → province; held in her region and she may travel in it (or
 * it covers the whole region, so her province too) → region; given remotely → remote; in her
 * region with transport provided → region, via transport; she goes anywhere → elsewhere. Left
 * unreachable: in her region when she stays in her province (an alternative in a neighbouring
 * province), or outside her region. With neither province nor region known, only remote
 * opportunities, or any when she goes anywhere, are within reach.
 */
export function reachOf(profile: EconomicProfile, opportunity: MatchableOpportunity): Reach {
  const herRegion = regionOfProfile(profile);
  const regions = regionsOf(opportunity);
  const inHerRegion = herRegion !== null && regions.has(herRegion);
  const outsideHerRegion = herRegion !== null && regions.size > 0 && !inHerRegion;
  const place = { inHerRegion, outsideHerRegion };

  const inHerProvince =
    profile.provinceCode !== null && opportunity.provinceCodes.includes(profile.provinceCode);
  if (inHerProvince) {
    return { closeness: 'province', reachable: true, viaTransport: false, ...place };
  }
  const regionWide = opportunity.provinceCodes.length === 0 && inHerRegion;
  if (inHerRegion && (regionWide || profile.mobility !== 'province')) {
    return { closeness: 'region', reachable: true, viaTransport: false, ...place };
  }
  if (opportunity.remote) {
    return { closeness: 'remote', reachable: true, viaTransport: false, ...place };
  }
  if (inHerRegion) {
    const viaTransport = opportunity.transport;
    return { closeness: 'region', reachable: viaTransport, viaTransport, ...place };
  }
  return {
    closeness: 'elsewhere',
    reachable: profile.mobility === 'anywhere',
    viaTransport: false,
    ...place,
  };
}
