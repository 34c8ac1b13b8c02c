import { defineVocabulary } from '../vocabulary/define.ts';
import type { Availability, DropReason, Mobility } from './types.ts';

/**
 * The economic pathway's closed lists. Each is declared against its union in `types.ts`
 * (`defineVocabulary<DropReason>`), so a code added to one and not the other does not compile.
 * Labels are short and plain: a woman who reads little must still understand her choices, and
 * the listener reads them to her over the phone.
 */

/**
 * Why she left an opportunity before its end. Codes, never free text: the reason goes into the
 * audit trail and the empowerment indicators (how many stop for childcare, for distance…).
 */
export const dropReasons = defineVocabulary<DropReason>('drop_reason', {
  not_interested: {
    ar: 'لم تعد مهتمة',
    fr: 'Elle n’est plus intéressée',
    zgh: 'ⵓⵔ ⵜⵔⵉ ⴰⵢⴰ',
    en: 'She is no longer interested',
  },
  found_other_work: {
    ar: 'وجدت عملًا آخر',
    fr: 'Elle a trouvé un autre travail',
    zgh: 'ⵜⵓⴼⴰ ⵢⴰⵜ ⵜⵡⵓⵔⵉ ⵢⴰⴹⵏ',
    en: 'She found other work',
  },
  childcare: {
    ar: 'لا أحد يرعى أطفالها',
    fr: 'Personne pour garder ses enfants',
    zgh: 'ⵓⵔ ⵉⵍⵍⵉ ⵡⵉⵏⵏⴰ ⵉⵜⵜⵃⴹⴰⵏ ⵜⴰⵔⵡⴰ ⵏⵏⵙ',
    en: 'No one to look after her children',
  },
  transport_distance: {
    ar: 'المكان بعيد أو التنقل صعب',
    fr: 'Trop loin, ou trajet difficile',
    zgh: 'ⴰⴷⵖⴰⵔ ⵉⵜⵜⵢⴰⴳⴳⵓⴳ ⵏⵖ ⵉⵛⵇⵇⴰ ⵓⵎⵓⴷⴷⵓ',
    en: 'Too far, or hard to get there',
  },
  health: {
    ar: 'صحتها',
    fr: 'Sa santé',
    zgh: 'ⵜⴰⴷⵓⵙⵉ ⵏⵏⵙ',
    en: 'Her health',
  },
  family_opposition: {
    ar: 'عائلتها أو زوجها يرفض',
    fr: 'Sa famille ou son mari refuse',
    zgh: 'ⵜⴰⵡⵊⴰ ⵏⵏⵙ ⵏⵖ ⴰⵔⴳⴰⵣ ⵏⵏⵙ ⵓⵔ ⵉⵔⵉ',
    en: 'Her family or husband refuses',
  },
  safety: {
    ar: 'من أجل سلامتها',
    fr: 'Pour sa sécurité',
    zgh: 'ⵙ ⵜⵏⴼⵍⵓⵜ ⵏⵏⵙ',
    en: 'For her safety',
  },
  not_suitable: {
    ar: 'لا يناسبها',
    fr: 'Cela ne lui convient pas',
    zgh: 'ⵓⵔ ⵜⵎⵙⴰⵙⴰ ⴷⵉⴷⵙ',
    en: 'It does not suit her',
  },
  no_news: {
    ar: 'لا أخبار عنها',
    fr: 'Sans nouvelles d’elle',
    zgh: 'ⵓⵔ ⵏⵙⵍⵉ ⵙⵔⵙ',
    en: 'No news from her',
  },
  other: {
    ar: 'سبب آخر',
    fr: 'Autre raison',
    zgh: 'ⵜⴰⵎⵏⵜⵉⵍⵜ ⵢⴰⴹⵏ',
    en: 'Another reason',
  },
});

/** Every Tamazight label here is the team's best rendering, not checked by a native speaker. */
export const dropReasonsUnverifiedZgh: ReadonlySet<DropReason> = new Set(dropReasons.codes);

/** How far she can go, in her words (she picks it in the app, or the listener asks her). */
export const mobilityChoices = defineVocabulary<Mobility>('mobility', {
  province: {
    ar: 'في إقليمي فقط',
    fr: 'Seulement dans ma province',
    zgh: 'ⴳ ⵜⵙⴳⴰ ⵉⵏⵓ ⵖⴰⵙ',
    en: 'Only in my province',
  },
  region: {
    ar: 'في جهتي',
    fr: 'Dans ma région',
    zgh: 'ⴳ ⵜⵎⵏⴰⴹⵜ ⵉⵏⵓ',
    en: 'In my region',
  },
  anywhere: {
    ar: 'في أي مكان، أو من البيت',
    fr: 'N’importe où, ou depuis chez moi',
    zgh: 'ⴳ ⴽⵓ ⴰⴷⵖⴰⵔ, ⵏⵖ ⵙⴳ ⵜⴰⴷⴷⴰⵔⵜ',
    en: 'Anywhere, or from home',
  },
});

/** All Tamazight labels here are unverified renderings. */
export const mobilityChoicesUnverifiedZgh: ReadonlySet<Mobility> = new Set(mobilityChoices.codes);

/** When she can take part, in her words. */
export const availabilityChoices = defineVocabulary<Availability>('availability', {
  full_time: {
    ar: 'طول النهار',
    fr: 'Toute la journée',
    zgh: 'ⴰⵙⵙ ⴰⴽⴽ',
    en: 'All day',
  },
  part_time: {
    ar: 'جزء من النهار',
    fr: 'Une partie de la journée',
    zgh: 'ⴰⴳⵣⵣⵓⵎ ⵏ ⵡⴰⵙⵙ',
    en: 'Part of the day',
  },
  mornings: {
    ar: 'في الصباح فقط',
    fr: 'Le matin seulement',
    zgh: 'ⵜⵉⴼⴰⵡⵜ ⵖⴰⵙ',
    en: 'Mornings only',
  },
  afternoons: {
    ar: 'بعد الظهر فقط',
    fr: 'L’après-midi seulement',
    zgh: 'ⵜⴰⴷⴳⴳⵯⴰⵜ ⵖⴰⵙ',
    en: 'Afternoons only',
  },
});

/** All Tamazight labels here are unverified renderings. */
export const availabilityChoicesUnverifiedZgh: ReadonlySet<Availability> = new Set(
  availabilityChoices.codes,
);

/** Where she stands on an opportunity, as her app says it (see `survivorStage`). */
export type SurvivorStage = 'proposed' | 'waiting' | 'in_progress' | 'done' | 'stopped';

/** What her app shows for an enrolment: five plain stages rather than the seven statuses. */
export const survivorStages = defineVocabulary<SurvivorStage>('survivor_stage', {
  proposed: {
    ar: 'اقتراح لكِ',
    fr: 'Une proposition pour vous',
    zgh: 'ⴰⵙⵓⵎⵔ ⵉ ⴽⵎⵎ',
    en: 'A suggestion for you',
  },
  waiting: {
    ar: 'في انتظار الرد',
    fr: 'En attente d’une réponse',
    zgh: 'ⴰⵔ ⵏⵜⵜⵔⴰⵊⵓ ⴰⵔⵔⴰ',
    en: 'Waiting for an answer',
  },
  in_progress: {
    ar: 'بدأتِ',
    fr: 'Vous avez commencé',
    zgh: 'ⵜⴱⴷⵉⴷ',
    en: 'You have started',
  },
  done: {
    ar: 'أنهيتِ',
    fr: 'Vous avez terminé',
    zgh: 'ⵜⴽⵎⵍⴷ',
    en: 'You have finished',
  },
  stopped: {
    ar: 'توقف',
    fr: 'Arrêté',
    zgh: 'ⵉⴱⴷⴷ',
    en: 'Stopped',
  },
});

/** All Tamazight labels here are unverified renderings. */
export const survivorStagesUnverifiedZgh: ReadonlySet<SurvivorStage> = new Set(
  survivorStages.codes,
);
