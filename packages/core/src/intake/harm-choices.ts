import { defineVocabulary } from '../vocabulary/define.ts';

/**
 * What happened, in the survivor's own plain words (she picks one or more). These are not legal
 * or statistical categories: `legalFormsFor` and `gbvimsTypeFor` derive those, so the woman is
 * never asked to classify her own case. Short sentences, spoken register, for low literacy.
 */
export const harmChoices = defineVocabulary('harm_choice', {
  hit_or_hurt: {
    ar: 'ضربني أو آذى جسدي',
    fr: 'On m’a frappée ou blessée',
    zgh: 'ⵉⴽⵜⵜⴰ ⵢⵉ ⵏⵖ ⵉⵔⵥⴰ ⵢⵉ',
    en: 'I was hit or hurt',
  },
  forced_sex: {
    ar: 'أجبرني على الجنس',
    fr: 'On m’a forcée à avoir un rapport sexuel',
    zgh: 'ⵉⴱⴹⴰ ⵢⵉ ⵙ ⵍⴱⵣⵣ',
    en: 'I was forced to have sex',
  },
  unwanted_touching: {
    ar: 'لمسني بدون رضاي',
    fr: 'On m’a touchée sans mon accord',
    zgh: 'ⵉⵏⵇⵇⵙ ⵢⵉ ⴱⵍⴰ ⵜⵉⵔⵉ ⵉⵏⵓ',
    en: 'I was touched without my consent',
  },
  threats_or_insults: {
    ar: 'يهددني أو يسبني',
    fr: 'On me menace ou on m’insulte',
    zgh: 'ⵉⵜⵜⵀⴷⴷⴰⴷ ⵢⵉ ⵏⵖ ⵉⵜⵜⵔⵇⵇⴰ ⵢⵉ',
    en: 'I am threatened or insulted',
  },
  controls_money: {
    ar: 'يمنعني من المال أو يأخذ مالي',
    fr: 'On me prive d’argent ou on prend mon argent',
    zgh: 'ⵉⵜⵜⴰⵡⵉ ⵉⴷⵔⵉⵎⵏ ⵉⵏⵓ',
    en: 'My money is kept from me or taken',
  },
  forced_marriage: {
    ar: 'يريدون تزويجي بالقوة',
    fr: 'On veut me marier de force',
    zgh: 'ⵔⴰⵏ ⴰⴷ ⵢⵉ ⵣⵡⵊⵏ ⵙ ⵍⴱⵣⵣ',
    en: 'I am being forced to marry',
  },
  thrown_out_of_home: {
    ar: 'طردني من البيت',
    fr: 'On m’a mise à la porte de chez moi',
    zgh: 'ⵉⵙⵙⵓⴼⵖ ⵢⵉ ⵙⴳ ⵜⴷⴷⴰⵔⵜ',
    en: 'I was thrown out of my home',
  },
  harassed_in_public: {
    ar: 'تحرش بي في الشارع أو العمل',
    fr: 'On me harcèle dans la rue ou au travail',
    zgh: 'ⵉⵜⵜⵃⵔⵔⴰⵛ ⵢⵉ ⴳ ⵓⴱⵔⵉⴷ ⵏⵖ ⴳ ⵜⵡⵓⵔⵉ',
    en: 'I am harassed in the street or at work',
  },
  harassed_online: {
    ar: 'تحرش بي أو هددني في الهاتف أو الإنترنت',
    fr: 'On me harcèle par téléphone ou sur internet',
    zgh: 'ⵉⵜⵜⵃⵔⵔⴰⵛ ⵢⵉ ⴳ ⵜⵉⵍⵉⴼⵓⵏ ⵏⵖ ⴳ ⵓⵏⵜⵔⵏⵉⵜ',
    en: 'I am harassed by phone or online',
  },
  other: {
    ar: 'شيء آخر',
    fr: 'Autre chose',
    zgh: 'ⴽⵔⴰ ⵢⴰⴹⵏ',
    en: 'Something else',
  },
});

/** One thing that happened, as the survivor says it. */
export type HarmChoice = (typeof harmChoices.codes)[number];

/** Who did it, in plain words. `relationFor` maps it to the GBVIMS-based relation list. */
export const perpetratorChoices = defineVocabulary('perpetrator_choice', {
  husband: { ar: 'زوجي', fr: 'Mon mari', zgh: 'ⴰⵔⴳⴰⵣ ⵉⵏⵓ', en: 'My husband' },
  former_husband: {
    ar: 'زوجي السابق (طليقي)',
    fr: 'Mon ex-mari',
    zgh: 'ⴰⵔⴳⴰⵣ ⵉⵏⵓ ⴰⵇⴷⵉⵎ',
    en: 'My former husband',
  },
  fiance_or_partner: {
    ar: 'خطيبي أو صديقي',
    fr: 'Mon fiancé ou mon copain',
    zgh: 'ⴰⵙⵍⵉ ⵉⵏⵓ ⵏⵖ ⴰⵎⴷⴷⴰⴽⴽⵯⵍ ⵉⵏⵓ',
    en: 'My fiancé or boyfriend',
  },
  family_member: {
    ar: 'شخص من عائلتي',
    fr: 'Quelqu’un de ma famille',
    zgh: 'ⵢⴰⵏ ⵙⴳ ⵜⵡⵊⴰ ⵉⵏⵓ',
    en: 'Someone in my family',
  },
  employer_or_colleague: {
    ar: 'المشغل أو زميل في العمل',
    fr: 'Mon patron ou un collègue',
    zgh: 'ⴰⵏⵎⵀⴰⵍ ⵏⵖ ⴰⵎⴷⴷⴰⴽⴽⵯⵍ ⴳ ⵜⵡⵓⵔⵉ',
    en: 'My boss or a colleague',
  },
  teacher_or_school: {
    ar: 'أستاذ أو شخص في المدرسة',
    fr: 'Un enseignant ou quelqu’un de l’école',
    zgh: 'ⴰⵙⵍⵎⴰⴷ ⵏⵖ ⵢⴰⵏ ⴳ ⵜⵉⵏⵎⵍ',
    en: 'A teacher or someone at school',
  },
  neighbour_or_acquaintance: {
    ar: 'جار أو شخص أعرفه',
    fr: 'Un voisin ou quelqu’un que je connais',
    zgh: 'ⴰⵊⴰⵔ ⵏⵖ ⵢⴰⵏ ⵍⵍⵉ ⵙⵙⵏⵖ',
    en: 'A neighbour or someone I know',
  },
  stranger: {
    ar: 'شخص لا أعرفه',
    fr: 'Quelqu’un que je ne connais pas',
    zgh: 'ⵢⴰⵏ ⵓⵔ ⵙⵙⵏⵖ',
    en: 'Someone I do not know',
  },
  other: { ar: 'شخص آخر', fr: 'Une autre personne', zgh: 'ⵢⴰⵏ ⵡⴰⵢⵢⴰⴹ', en: 'Someone else' },
  prefer_not_to_say: {
    ar: 'لا أريد أن أقول',
    fr: 'Je préfère ne pas le dire',
    zgh: 'ⵓⵔ ⵔⵉⵖ ⴰⴷ ⵜ ⵉⵏⵉⵖ',
    en: 'I prefer not to say',
  },
});

/** Who did it, as the survivor says it. */
export type PerpetratorChoice = (typeof perpetratorChoices.codes)[number];

/** When it happened. `happening_now` means she is in danger at this moment (emergency). */
export const whenChoices = defineVocabulary('when_choice', {
  happening_now: {
    ar: 'يحدث الآن',
    fr: 'En ce moment',
    zgh: 'ⵉⵜⵜⵉⵍⵉ ⴷⵖⵉ',
    en: 'It is happening now',
  },
  today: { ar: 'اليوم', fr: 'Aujourd’hui', zgh: 'ⴰⵙⵙ ⴰ', en: 'Today' },
  this_week: { ar: 'هذا الأسبوع', fr: 'Cette semaine', zgh: 'ⵉⵎⴰⵍⴰⵙ ⴰ', en: 'This week' },
  this_month: { ar: 'هذا الشهر', fr: 'Ce mois-ci', zgh: 'ⴰⵢⵢⵓⵔ ⴰ', en: 'This month' },
  longer_ago: {
    ar: 'منذ مدة أطول',
    fr: 'Il y a plus longtemps',
    zgh: 'ⵢⴰⴽⴽ ⵓⴳⴳⴰⵔ',
    en: 'Longer ago',
  },
});

/** When it happened. */
export type WhenChoice = (typeof whenChoices.codes)[number];

/** Tamazight labels in this file are the team's best Tifinagh rendering: all unverified. */
export const harmChoicesUnverifiedZgh: ReadonlySet<HarmChoice> = new Set(harmChoices.codes);
export const perpetratorChoicesUnverifiedZgh: ReadonlySet<PerpetratorChoice> = new Set(
  perpetratorChoices.codes,
);
export const whenChoicesUnverifiedZgh: ReadonlySet<WhenChoice> = new Set(whenChoices.codes);
