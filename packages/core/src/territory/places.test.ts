import { describe, expect, it } from 'vitest';
import { PLACES } from './places.ts';
import { REGIONS } from './territory.ts';

describe('the light place list for the web apps', () => {
  it('says exactly what the validated territory says', () => {
    expect(PLACES).toEqual(
      REGIONS.map((region) => ({
        code: region.code,
        name: region.name,
        provinces: region.provinces.map((province) => ({
          code: province.code,
          name: province.name,
        })),
      })),
    );
  });
});
