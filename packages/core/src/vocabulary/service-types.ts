import { defineVocabulary } from './define.ts';

/**
 * Services an institution offers and a referral asks for. The first five are the missions of the
 * Law 103.13 care cells (listening, orientation, accompaniment) and the services Law 65.15 social
 * welfare institutions such as EMFs provide (shelter, economic empowerment); legal, medical and
 * psychological care complete the list.
 */
export const serviceTypes = defineVocabulary('service_type', {
  shelter: {
    ar: 'الإيواء',
    fr: 'Hébergement',
    zgh: 'ⴰⵙⵏⵙ',
    en: 'Shelter',
  },
  listening: {
    ar: 'الاستماع',
    fr: 'Écoute',
    zgh: 'ⴰⵙⴼⵍⴷ',
    en: 'Listening',
  },
  orientation: {
    ar: 'التوجيه',
    fr: 'Orientation',
    zgh: 'ⴰⵙⵎⵍ ⵏ ⵓⴱⵔⵉⴷ',
    en: 'Guidance (orientation)',
  },
  accompaniment: {
    ar: 'المرافقة',
    fr: 'Accompagnement',
    zgh: 'ⴰⴷⴷⵓ ⴷ ⵜⵎⵖⴰⵔⵜ',
    en: 'Accompaniment',
  },
  economic_support: {
    ar: 'الدعم الاقتصادي (عمل أو تكوين أو مشروع)',
    fr: 'Soutien économique (emploi, formation, projet)',
    zgh: 'ⵜⴰⵡⵉⵙⵉ ⴳ ⵜⵡⵓⵔⵉ ⴷ ⵉⴷⵔⵉⵎⵏ',
    en: 'Economic support (job, training, project)',
  },
  legal: {
    ar: 'المساعدة القانونية',
    fr: 'Aide juridique',
    zgh: 'ⵜⴰⵡⵉⵙⵉ ⴳ ⵓⵣⵔⴼ',
    en: 'Legal help',
  },
  medical: {
    ar: 'العلاج الطبي',
    fr: 'Soins médicaux',
    zgh: 'ⵜⴰⴷⵓⵙⵉ ⴷ ⵓⵙⴳⵏⴼⵓ',
    en: 'Medical care',
  },
  psychological: {
    ar: 'الدعم النفسي',
    fr: 'Soutien psychologique',
    zgh: 'ⵜⴰⵡⵉⵙⵉ ⵏ ⵓⵍ',
    en: 'Psychological support',
  },
});

/** A service offered by an institution or requested in a referral. */
export type ServiceType = (typeof serviceTypes.codes)[number];

/**
 * The services of social welfare institutions under Law 65.15 and the care-cell missions of
 * Law 103.13 that an EMF provides: shelter, listening, orientation, accompaniment, economic support.
 */
export const LAW_65_15_SERVICES: readonly ServiceType[] = Object.freeze([
  'shelter',
  'listening',
  'orientation',
  'accompaniment',
  'economic_support',
] as const);

/** Codes whose Tamazight label is unverified (best Tifinagh rendering): all of them. */
export const serviceTypesUnverifiedZgh: ReadonlySet<ServiceType> = new Set(serviceTypes.codes);
