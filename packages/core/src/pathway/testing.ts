import { addCalendarDays } from './dates.ts';
import type { EconomicProfile, MatchableOpportunity } from './types.ts';

/**
 * Builders for the pathway's tests (not exported by the package). Settat (461), Casablanca (141)
 * and El Jadida (181) are in region 06; Marrakech (351) is in region 07.
 */
export const TODAY = '2026-02-10';

/** The date `n` days after `TODAY`. */
export const days = (n: number): string => addCalendarDays(TODAY, n);

/** Another province of her region (06), and a province of another region (07). */
export const elJadida = { regionCode: '06', provinceCodes: ['181'] } as const;
export const marrakech = { regionCode: '07', provinceCodes: ['351'] } as const;

const baseProfile: EconomicProfile = {
  seeking: ['training'],
  provinceCode: '461',
  regionCode: '06',
  ageBand: 'age_25_34',
  schooling: 'primary',
  literate: true,
  needsChildcare: false,
  mobility: 'province',
  availability: 'full_time',
  languages: ['ar'],
};

const baseOpportunity: MatchableOpportunity = {
  id: 'o',
  kind: 'training',
  providerId: 'provider-a',
  title: 'Couture',
  regionCode: '06',
  provinceCodes: ['461'],
  remote: false,
  startsOn: '2026-03-02',
  endsOn: '2026-06-30',
  applyBy: '2026-02-25',
  placesLeft: 10,
  minAge: null,
  maxAge: null,
  schoolingLevel: null,
  literacyRequired: false,
  childcare: false,
  transport: false,
  stipend: false,
  languages: [],
  active: true,
};

export const profile = (over: Partial<EconomicProfile> = {}): EconomicProfile => ({
  ...baseProfile,
  ...over,
});

export const opportunity = (over: Partial<MatchableOpportunity> = {}): MatchableOpportunity => ({
  ...baseOpportunity,
  ...over,
});
