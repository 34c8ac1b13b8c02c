import { defineVocabulary } from './define.ts';

/**
 * Urban or rural area of residence, the split used by HCP statistics (the 2019 survey reports
 * prevalence separately for urban and rural women: 58% and 55%).
 */
export const areaTypes = defineVocabulary('area_type', {
  urban: {
    ar: 'حضري (مدينة)',
    fr: 'Urbain (ville)',
    zgh: 'ⵜⴰⵎⴷⵉⵏⵜ',
    en: 'Urban (town)',
  },
  rural: {
    ar: 'قروي (بادية)',
    fr: 'Rural (campagne)',
    zgh: 'ⴰⴷⵡⴰⵔ',
    en: 'Rural (countryside)',
  },
});

/** Urban or rural. */
export type AreaType = (typeof areaTypes.codes)[number];

/** Codes whose Tamazight label is unverified (best Tifinagh rendering): all of them. */
export const areaTypesUnverifiedZgh: ReadonlySet<AreaType> = new Set(areaTypes.codes);
