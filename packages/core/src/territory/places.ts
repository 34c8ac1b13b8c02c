import type { Localized } from '../i18n/locales.ts';
import data from './morocco-territory.json' with { type: 'json' };

/**
 * The territory as a place picker needs it — codes and names only — for the web apps. Pure and
 * light on purpose (`@sanad/core/places`): no zod, unlike `territory.ts`, which validates the
 * same file for the server and the tests. A malformed edit of the JSON fails those tests.
 */
export interface PlaceProvince {
  readonly code: string;
  readonly name: Localized;
}

export interface PlaceRegion {
  readonly code: string;
  readonly name: Localized;
  readonly provinces: readonly PlaceProvince[];
}

const named = (entry: {
  name_ar: string;
  name_fr: string;
  name_zgh: string;
  name_en: string;
}): Localized => ({
  ar: entry.name_ar,
  fr: entry.name_fr,
  zgh: entry.name_zgh,
  en: entry.name_en,
});

export const PLACES: readonly PlaceRegion[] = data.regions.map((region) => ({
  code: region.code,
  name: named(region),
  provinces: region.provinces.map((province) => ({ code: province.code, name: named(province) })),
}));
