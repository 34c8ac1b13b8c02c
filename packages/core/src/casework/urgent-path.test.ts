import { describe, expect, it } from 'vitest';
import type { InstitutionType } from '../vocabulary/institution-types.ts';
import { proposeUrgentPath, type CasePlace, type PathInstitution } from './urgent-path.ts';

/** A small network: Casablanca-Settat (06) and Souss-Massa (09), as the demo seats them. */
const institution = (
  id: string,
  type: InstitutionType,
  regionCode: string,
  provinceCode: string | null,
  coverage: readonly string[] = provinceCode === null ? [] : [provinceCode],
  active = true,
): PathInstitution => ({ id, name: id, type, regionCode, provinceCode, coverage, active });

const NETWORK: readonly PathInstitution[] = [
  institution('dgsn-casa', 'dgsn_cell', '06', '141'),
  institution('dgsn-eljadida', 'dgsn_cell', '06', '181'),
  institution('gend-06', 'gendarmerie_cell', '06', '141', ['141', '181', '461', '467']),
  institution('court-casa', 'prosecution_cell', '06', '141', ['141', '371']),
  institution('court-settat', 'prosecution_cell', '06', '461', ['461', '467']),
  institution('court-closed', 'prosecution_cell', '06', '181', ['181'], false),
  institution('hospital-casa', 'hospital_unit', '06', '141'),
  institution('dgsn-agadir', 'dgsn_cell', '09', '001'),
  institution('court-agadir', 'prosecution_cell', '09', '001', ['001', '273', '541']),
];

const ids = (refs: readonly { id: string }[]) => refs.map((r) => r.id);
const place = (
  provinceCode: string | null,
  areaType: CasePlace['areaType'],
  regionCode: string | null = null,
): CasePlace => ({ provinceCode, areaType, regionCode });

describe('urgent path proposal', () => {
  it.each([
    // [case place, service, reason, security cells, prosecution cells]
    [place('141', 'urban'), 'dgsn', 'urban', ['dgsn-casa'], ['court-casa']],
    [place('181', 'urban'), 'dgsn', 'urban', ['dgsn-eljadida'], ['court-casa', 'court-settat']],
    [place('467', 'rural'), 'gendarmerie', 'rural', ['gend-06'], ['court-settat']],
    [place('141', 'rural'), 'gendarmerie', 'rural', ['gend-06'], ['court-casa']],
    // Unknown area: both services, the prefecture's police first, a province's gendarmerie first.
    [place('141', null), 'dgsn', 'unknown_area', ['dgsn-casa', 'gend-06'], ['court-casa']],
    [
      place('467', null),
      'gendarmerie',
      'unknown_area',
      ['gend-06', 'dgsn-casa', 'dgsn-eljadida'],
      ['court-settat'],
    ],
    // No DGSN cell serves Settat: the region's cells are offered, nearest by name.
    [place('461', 'urban'), 'dgsn', 'urban', ['dgsn-casa', 'dgsn-eljadida'], ['court-settat']],
    // No gendarmerie anywhere in Souss-Massa: the other service's cells stand in.
    [place('541', 'rural'), 'gendarmerie', 'rural', ['dgsn-agadir'], ['court-agadir']],
    // Region known without a province (a call placed only by region).
    [place(null, 'urban', '09'), 'dgsn', 'urban', ['dgsn-agadir'], ['court-agadir']],
  ] as const)('%j → %s (%s)', (where, service, reason, security, prosecution) => {
    const path = proposeUrgentPath(where, NETWORK);
    expect(path?.security.service).toBe(service);
    expect(path?.security.reason).toBe(reason);
    expect(ids(path?.security.institutions ?? [])).toEqual(security);
    expect(ids(path?.prosecution ?? [])).toEqual(prosecution);
  });

  it('seated in her province ranks before serving it', () => {
    const network = [
      institution('regional', 'prosecution_cell', '06', '461', ['461', '181']),
      institution('seated', 'prosecution_cell', '06', '181', ['181']),
    ];
    expect(ids(proposeUrgentPath(place('181', 'urban'), network)?.prosecution ?? [])).toEqual([
      'seated',
      'regional',
    ]);
  });

  it('never proposes an inactive institution or another type', () => {
    const path = proposeUrgentPath(place('181', 'urban'), NETWORK);
    const all = [...(path?.security.institutions ?? []), ...(path?.prosecution ?? [])];
    expect(ids(all)).not.toContain('court-closed');
    expect(ids(all)).not.toContain('hospital-casa');
  });

  it('answers empty lists when nothing is within reach, and null without any place', () => {
    const path = proposeUrgentPath(place('391', 'rural'), NETWORK);
    expect(path).toMatchObject({
      security: { service: 'gendarmerie', institutions: [] },
      prosecution: [],
    });
    expect(proposeUrgentPath(place('141', 'urban'), [])?.prosecution).toEqual([]);
    expect(proposeUrgentPath(place(null, 'urban'), NETWORK)).toBeNull();
  });
});
