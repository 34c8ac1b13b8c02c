import { defineVocabulary } from './define.ts';

/**
 * Territorial reach of a staff account, institution or statistic: the whole country, one of the
 * 12 regions, or one of the 75 prefectures/provinces (Decree 2.15.40; see `territory`).
 */
export const scopeLevels = defineVocabulary('scope_level', {
  national: {
    ar: 'وطني',
    fr: 'National',
    zgh: 'ⴰⵏⴰⵎⵓⵔ',
    en: 'National',
  },
  region: {
    ar: 'الجهة',
    fr: 'Région',
    zgh: 'ⵜⴰⵎⵏⴰⴹⵜ',
    en: 'Region',
  },
  province: {
    ar: 'الإقليم أو العمالة',
    fr: 'Province ou préfecture',
    zgh: 'ⵜⴰⵙⴳⴰ',
    en: 'Province or prefecture',
  },
});

/** A territorial level. */
export type ScopeLevel = (typeof scopeLevels.codes)[number];

/**
 * Codes whose Tamazight label is unverified: `province` (ⵜⴰⵙⴳⴰ; the term for prefecture may
 * differ). ⴰⵏⴰⵎⵓⵔ (national) and ⵜⴰⵎⵏⴰⴹⵜ (region) are the terms in official use.
 */
export const scopeLevelsUnverifiedZgh: ReadonlySet<ScopeLevel> = new Set<ScopeLevel>(['province']);
