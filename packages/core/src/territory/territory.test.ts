import { describe, expect, it } from 'vitest';
import data from './morocco-territory.json' with { type: 'json' };
import { PROVINCES, REGIONS, findProvince, findRegion, parseTerritory } from './territory.ts';

// DOMAIN.md §3: provinces and prefectures per region, and prefectures among them.
const EXPECTED = [
  ['01', 8, 2],
  ['02', 8, 1],
  ['03', 9, 2],
  ['04', 7, 3],
  ['05', 5, 0],
  ['06', 9, 2],
  ['07', 8, 1],
  ['08', 5, 0],
  ['09', 6, 2],
  ['10', 4, 0],
  ['11', 4, 0],
  ['12', 2, 0],
] as const;

const distinct = (values: readonly string[]) => new Set(values).size === values.length;

describe('territory', () => {
  it('has 12 regions and 75 prefectures/provinces, 13 of them prefectures', () => {
    expect(REGIONS).toHaveLength(12);
    expect(PROVINCES).toHaveLength(75);
    expect(PROVINCES.filter((province) => province.kind === 'prefecture')).toHaveLength(13);
    expect(PROVINCES.filter((province) => province.kind === 'province')).toHaveLength(62);
  });

  it('matches the per-region counts of DOMAIN.md §3', () => {
    expect(
      REGIONS.map((region) => [
        region.code,
        region.provinces.length,
        region.provinces.filter((province) => province.kind === 'prefecture').length,
      ]),
    ).toEqual(EXPECTED);
  });

  it('has unique region codes, province codes and ISO codes', () => {
    expect(distinct(REGIONS.map((region) => region.code))).toBe(true);
    expect(distinct(PROVINCES.map((province) => province.code))).toBe(true);
    expect(distinct([...REGIONS, ...PROVINCES].map((subdivision) => subdivision.iso))).toBe(true);
  });

  it('uses HCP and ISO 3166-2:MA code shapes', () => {
    REGIONS.forEach((region, index) => {
      const code = String(index + 1).padStart(2, '0');
      expect(region.code).toBe(code);
      expect(region.iso).toBe(`MA-${code}`);
    });
    for (const province of PROVINCES) {
      expect(province.code).toMatch(/^\d{3}$/);
      expect(province.iso).toMatch(/^MA-[A-Z]{3}$/);
    }
  });

  it('links every province to the region that lists it', () => {
    for (const region of REGIONS) {
      for (const province of region.provinces) expect(province.regionCode).toBe(region.code);
    }
    expect(PROVINCES).toEqual(REGIONS.flatMap((region) => region.provinces));
  });

  it('names every region and province in the four languages and the right scripts', () => {
    for (const subdivision of [...REGIONS, ...PROVINCES]) {
      const { ar, fr, zgh, en } = subdivision.name;
      expect(ar).toMatch(/\p{Script=Arabic}/u);
      expect(zgh).toMatch(/\p{Script=Tifinagh}/u);
      expect(zgh).not.toMatch(/\p{Script=Latin}/u);
      expect(fr.trim()).not.toBe('');
      expect(en).toMatch(/^[A-Za-z' -]+$/);
    }
  });

  it('marks every Tamazight name as unverified', () => {
    for (const subdivision of [...REGIONS, ...PROVINCES]) {
      expect(subdivision.verified.zgh).toBe(false);
    }
  });

  it('keeps the known Arabic spelling variants', () => {
    expect(findProvince('251')?.altNamesAr).toEqual(['فكيك']);
    expect(findProvince('371')?.altNamesFr).toEqual(['Mohammadia']);
    expect(findProvince('541')?.altNamesAr).toEqual([]);
  });

  it('finds regions and provinces by HCP code', () => {
    expect(findRegion('04')?.name.fr).toBe('Rabat-Salé-Kénitra');
    expect(findRegion('03')?.name.en).toBe('Fez-Meknes');
    expect(findRegion('13')).toBeUndefined();
    expect(findRegion('MA-04')).toBeUndefined();
    const taroudannt = findProvince('541');
    expect(taroudannt?.name.fr).toBe('Taroudannt');
    expect(taroudannt?.regionCode).toBe('09');
    expect(taroudannt?.iso).toBe('MA-TAR');
    expect(findProvince('141')?.kind).toBe('prefecture');
    expect(findProvince('999')).toBeUndefined();
  });

  it('is frozen', () => {
    expect(Object.isFrozen(REGIONS)).toBe(true);
    expect(Object.isFrozen(PROVINCES)).toBe(true);
    const region = REGIONS[0];
    const province = PROVINCES[0];
    expect(region && Object.isFrozen(region)).toBe(true);
    expect(region && Object.isFrozen(region.provinces)).toBe(true);
    expect(region && Object.isFrozen(region.name)).toBe(true);
    expect(province && Object.isFrozen(province)).toBe(true);
    expect(province && Object.isFrozen(province.name)).toBe(true);
    expect(province && Object.isFrozen(province.altNamesAr)).toBe(true);
    expect(province && Object.isFrozen(province.verified)).toBe(true);
  });
});

describe('parseTerritory', () => {
  // A fresh, mutable copy of the shipped data for each test.
  const copy = () => structuredClone(data) as unknown as { regions: Record<string, unknown>[] };
  const firstProvince = (raw: ReturnType<typeof copy>) =>
    (raw.regions[0]?.['provinces'] as Record<string, unknown>[])[0] ?? {};

  it('accepts the shipped data', () => {
    expect(parseTerritory(copy())).toHaveLength(12);
  });

  it('rejects a province without a Tamazight name', () => {
    const raw = copy();
    delete firstProvince(raw)['name_zgh'];
    expect(() => parseTerritory(raw)).toThrow(/name_zgh/);
  });

  it('rejects a Tamazight name written in Latin letters', () => {
    const raw = copy();
    firstProvince(raw)['name_zgh'] = 'Lḥusima';
    expect(() => parseTerritory(raw)).toThrow(/Tifinagh/);
  });

  it('rejects a misspelt field', () => {
    const raw = copy();
    firstProvince(raw)['name_engl'] = 'Al Hoceima';
    expect(() => parseTerritory(raw)).toThrow(/name_engl/);
  });

  it('rejects a duplicate province code', () => {
    const raw = copy();
    const provinces = raw.regions[0]?.['provinces'] as Record<string, unknown>[];
    const [first, second] = provinces;
    if (first && second) second['code'] = first['code'];
    expect(() => parseTerritory(raw)).toThrow(/duplicate province code/);
  });

  it('rejects a wrong number of regions', () => {
    const raw = copy();
    raw.regions.pop();
    expect(() => parseTerritory(raw)).toThrow();
  });
});
