import { describe, expect, it } from 'vitest';
import { scopeOf } from './actor.ts';

describe('scopeOf', () => {
  it('derives the region of a province-level account when only the province is stored', () => {
    expect(scopeOf({ scopeLevel: 'province', scopeRegion: null, scopeProvince: '141' })).toEqual({
      level: 'province',
      region: '06',
      province: '141',
    });
  });

  it('never widens an account whose territory is missing to the whole country', () => {
    expect(() => scopeOf({ scopeLevel: 'region', scopeRegion: null, scopeProvince: null })).toThrow(
      /no territory/,
    );
    expect(() =>
      scopeOf({ scopeLevel: 'province', scopeRegion: null, scopeProvince: '999' }),
    ).toThrow(/no territory/);
  });

  it('reads national and regional scopes as stored', () => {
    expect(scopeOf({ scopeLevel: 'national', scopeRegion: null, scopeProvince: null })).toEqual({
      level: 'national',
    });
    expect(scopeOf({ scopeLevel: 'region', scopeRegion: '04', scopeProvince: null })).toEqual({
      level: 'region',
      region: '04',
    });
  });
});
