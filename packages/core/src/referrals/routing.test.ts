import { describe, expect, it } from 'vitest';
import {
  PROPOSAL_REASON_CODES,
  proposeInstitutions,
  type RoutableInstitution,
  type RoutingNeed,
} from './routing.ts';

// Settat (461) and Casablanca (141) are in region 06; Marrakech (351) in region 07.
const base: RoutableInstitution = {
  id: 'x',
  name: 'x',
  type: 'ngo_listening_centre',
  regionCode: '06',
  provinceCode: '141',
  coverageProvinces: ['141'],
  areaTypes: ['urban', 'rural'],
  services: ['listening'],
  open247: false,
  openingHours: { weekdays: '08:30-16:30', days: 'mon-fri' },
  capacityFree: null,
  active: true,
};
const inst = (over: Partial<RoutableInstitution>): RoutableInstitution => ({ ...base, ...over });
const need = (over: Partial<RoutingNeed> = {}): RoutingNeed => ({
  services: ['listening'],
  urgency: 'medium',
  provinceCode: '461',
  areaType: 'urban',
  consent: { general: false, institutionIds: [] },
  ...over,
});
const ids = (n: RoutingNeed, list: RoutableInstitution[], at: Date) =>
  proposeInstitutions(n, list, at, { utcOffset: 60 }).map((p) => p.institutionId);

const MONDAY_10 = new Date('2025-11-17T09:00:00Z');
const SATURDAY_10 = new Date('2025-11-15T09:00:00Z');

describe('proposeInstitutions', () => {
  it('explains a proposal with reason codes', () => {
    const shelter = inst({
      id: 's1',
      type: 'shelter',
      provinceCode: '461',
      coverageProvinces: ['461'],
      services: ['shelter', 'listening', 'psychological'],
      open247: true,
      capacityFree: 3,
    });
    const [first] = proposeInstitutions(
      need({ services: ['shelter', 'legal'], consent: { general: false, institutionIds: ['s1'] } }),
      [shelter],
      MONDAY_10,
      { utcOffset: 60 },
    );
    expect(first).toEqual({
      institutionId: 's1',
      rank: 1,
      territory: 'province',
      openNow: true,
      servicesCovered: ['shelter'],
      bedsFree: 3,
      full: false,
      consentGranted: true,
      reasons: [
        { code: 'covers_province', province: '461' },
        { code: 'serves_area', areaType: 'urban' },
        { code: 'open_24_7' },
        { code: 'handles_service', service: 'shelter' },
        { code: 'lacks_service', service: 'legal' },
        { code: 'beds_free', count: 3 },
        { code: 'consent_given' },
      ],
    });
    for (const reason of first?.reasons ?? []) expect(PROPOSAL_REASON_CODES).toContain(reason.code);
  });

  it('gives the next opening when closed', () => {
    const [first] = proposeInstitutions(need(), [inst({})], SATURDAY_10, { utcOffset: 60 });
    expect(first?.reasons).toContainEqual({ code: 'closed_until', at: '2025-11-17T07:30:00.000Z' });
    expect(first?.reasons).toContainEqual({ code: 'consent_missing' });
    expect(first?.territory).toBe('region');
  });

  type Row = readonly [
    label: string,
    need: RoutingNeed,
    at: Date,
    list: RoutableInstitution[],
    expected: string[],
  ];
  const ROWS: readonly Row[] = [
    [
      'leaves out inactive and unrelated institutions',
      need(),
      MONDAY_10,
      [
        inst({ id: 'a', active: false }),
        inst({ id: 'b', services: ['medical'] }),
        inst({ id: 'c' }),
      ],
      ['c'],
    ],
    [
      'province before region before national before elsewhere',
      need(),
      MONDAY_10,
      [
        inst({
          id: 'far',
          name: 'a',
          regionCode: '07',
          provinceCode: '351',
          coverageProvinces: ['351'],
        }),
        inst({
          id: 'nat',
          name: 'b',
          type: 'helpline',
          regionCode: '04',
          provinceCode: null,
          coverageProvinces: [],
        }),
        inst({ id: 'reg', name: 'c' }),
        inst({ id: 'prov', name: 'd', coverageProvinces: ['141', '461'] }),
      ],
      ['prov', 'reg', 'nat', 'far'],
    ],
    [
      'region known only through coverage',
      need({ provinceCode: null, regionCode: '06' }),
      MONDAY_10,
      [
        inst({
          id: 'far',
          name: 'a',
          regionCode: '07',
          provinceCode: '351',
          coverageProvinces: ['351'],
        }),
        inst({
          id: 'cov',
          name: 'b',
          regionCode: '07',
          provinceCode: '351',
          coverageProvinces: ['351', '461'],
        }),
      ],
      ['cov', 'far'],
    ],
    [
      'emergency: open now beats closer but closed',
      need({ urgency: 'emergency' }),
      SATURDAY_10,
      [inst({ id: 'closed', coverageProvinces: ['461'] }), inst({ id: 'open', open247: true })],
      ['open', 'closed'],
    ],
    [
      'medium: territory beats opening',
      need(),
      SATURDAY_10,
      [inst({ id: 'open', open247: true }), inst({ id: 'closed', coverageProvinces: ['461'] })],
      ['closed', 'open'],
    ],
    [
      'rural woman: area served first',
      need({ areaType: 'rural', urgency: 'high' }),
      MONDAY_10,
      [
        inst({ id: 'dgsn', type: 'dgsn_cell', areaTypes: ['urban'], coverageProvinces: ['461'] }),
        inst({ id: 'gend', type: 'gendarmerie_cell', areaTypes: ['rural'] }),
      ],
      ['gend', 'dgsn'],
    ],
    [
      'more needed services covered first',
      need({ services: ['listening', 'legal', 'psychological'] }),
      MONDAY_10,
      [
        inst({ id: 'one', name: 'a' }),
        inst({ id: 'three', name: 'z', services: ['listening', 'legal', 'psychological'] }),
      ],
      ['three', 'one'],
    ],
    [
      'shelter: more beds first, full last even in province',
      need({ services: ['shelter'] }),
      MONDAY_10,
      [
        inst({
          id: 'full',
          name: 'a',
          services: ['shelter'],
          capacityFree: 0,
          coverageProvinces: ['461'],
        }),
        inst({ id: 'two', name: 'b', services: ['shelter'], capacityFree: 2 }),
        inst({ id: 'five', name: 'c', services: ['shelter'], capacityFree: 5 }),
      ],
      ['five', 'two', 'full'],
    ],
    [
      'no shelter need: zero beds does not matter',
      need(),
      MONDAY_10,
      [
        inst({ id: 'b', name: 'b', services: ['shelter', 'listening'], capacityFree: 0 }),
        inst({ id: 'a', name: 'a' }),
      ],
      ['a', 'b'],
    ],
    [
      'ties by name then id, whatever the input order',
      need(),
      MONDAY_10,
      [
        inst({ id: '2', name: 'Beta' }),
        inst({ id: '9', name: 'Alpha' }),
        inst({ id: '1', name: 'Beta' }),
      ],
      ['9', '1', '2'],
    ],
  ];

  it.each(ROWS)('%s', (_label, n, at, list, expected) => {
    expect(ids(n, list, at)).toEqual(expected);
    expect(ids(n, [...list].reverse(), at)).toEqual(expected);
  });

  it('marks full shelters and numbers ranks', () => {
    const proposals = proposeInstitutions(
      need({ services: ['shelter'], consent: { general: true, institutionIds: [] } }),
      [
        inst({ id: 'full', services: ['shelter'], capacityFree: 0 }),
        inst({ id: 'ok', services: ['shelter'], capacityFree: 1 }),
      ],
      MONDAY_10,
      { utcOffset: 60 },
    );
    expect(proposals.map((p) => [p.institutionId, p.rank, p.full, p.consentGranted])).toEqual([
      ['ok', 1, false, true],
      ['full', 2, true, true],
    ]);
    expect(proposals[1]?.reasons).toContainEqual({ code: 'full' });
  });
});
