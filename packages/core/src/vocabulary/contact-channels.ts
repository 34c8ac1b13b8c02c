import { defineVocabulary } from './define.ts';

/**
 * How a contact reached Sanad: the survivor app (Aman Lki / Kollona Maak app), the phone line
 * (8350), a walk-in at a centre, or a referral from another institution.
 */
export const contactChannels = defineVocabulary('contact_channel', {
  app: {
    ar: 'التطبيق',
    fr: 'Application',
    zgh: 'ⵍⴰⴱⵍⵉⴽⴰⵙⵢⵓⵏ',
    en: 'App',
  },
  phone: {
    ar: 'الهاتف',
    fr: 'Téléphone',
    zgh: 'ⵜⵉⵍⵉⴼⵓⵏ',
    en: 'Phone',
  },
  walk_in: {
    ar: 'حضور شخصي',
    fr: 'Sur place (en personne)',
    zgh: 'ⵜⵓⵛⴽⴰ ⵙ ⵉⵅⴼ ⵏⵏⵙ',
    en: 'Walk-in (in person)',
  },
  institution: {
    ar: 'عن طريق مؤسسة',
    fr: 'Par une institution',
    zgh: 'ⵙⴳ ⵢⴰⵜ ⵍⵎⵓⵙⴰⵙⴰ',
    en: 'Through an institution',
  },
});

/** The channel a contact came through. */
export type ContactChannel = (typeof contactChannels.codes)[number];

/** Codes whose Tamazight label is unverified (best Tifinagh rendering): all of them. */
export const contactChannelsUnverifiedZgh: ReadonlySet<ContactChannel> = new Set(
  contactChannels.codes,
);
