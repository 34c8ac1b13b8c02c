import type { Localized } from '../i18n/locales.ts';
import type { UrgencyLevel } from '../vocabulary/urgency-levels.ts';

/**
 * Sanad's own short risk checklist, written for the survivor app and the helpline. It is NOT
 * DASH or the Danger Assessment (both licensed, neither adapted to Morocco; DOMAIN.md §6): the
 * questions are our own plain wording of the risk factors the literature agrees on (weapons,
 * strangulation, threats to kill, her own fear, escalation, pregnancy, children, separation,
 * stalking, access). It has no validated cut-offs: the score only orders the queue, the red
 * flags raise urgency, and a listener's judgement overrides both (risk_assessments.final_level).
 */
export const RISK_INSTRUMENT_VERSION = 'sanad-risk-1';

export interface RiskQuestion {
  readonly id: string;
  /** A "yes" alone raises the case to at least high (same-day) urgency. */
  readonly redFlag: boolean;
  readonly label: Localized;
}

export const RISK_QUESTIONS = [
  {
    id: 'weapon_used_or_threatened',
    redFlag: true,
    label: {
      ar: 'هل استعمل سكيناً أو سلاحاً أو شيئاً لإيذائك، أو هددك بذلك؟',
      fr: 'A-t-il utilisé un couteau, une arme ou un objet pour vous faire mal, ou menacé de le faire ?',
      zgh: 'ⵉⵙⵙⵎⵔⵙ ⵜⴰⵊⵊⵓⵏⵜ ⵏⵖ ⴽⵔⴰ ⴰⴷ ⵎ ⵉⵔⵥⵓ?',
      en: 'Has he used a knife, a weapon or an object to hurt you, or threatened to?',
    },
  },
  {
    id: 'choking',
    redFlag: true,
    label: {
      ar: 'هل ضغط على عنقك أو منعك من التنفس؟',
      fr: 'A-t-il serré votre cou ou vous a-t-il empêchée de respirer ?',
      zgh: 'ⵉⵃⵏⵇ ⴽⵎ ⵏⵖ ⵉⴳⴷⵍ ⴽⵎ ⴰⴷ ⵜⵙⵓⴹⴹⵙⴷ?',
      en: 'Has he squeezed your neck or stopped you from breathing?',
    },
  },
  {
    id: 'threats_to_kill',
    redFlag: true,
    label: {
      ar: 'هل قال إنه سيقتلك أو سيقتل شخصاً عزيزاً عليك؟',
      fr: 'A-t-il dit qu’il allait vous tuer, ou tuer un de vos proches ?',
      zgh: 'ⵉⵏⵏⴰ ⴰⴷ ⴽⵎ ⵉⵏⵖ ⵏⵖ ⴰⴷ ⵉⵏⵖ ⵢⴰⵏ ⵏⵏⵎ?',
      en: 'Has he said he will kill you or someone close to you?',
    },
  },
  {
    id: 'fears_for_life',
    redFlag: true,
    label: {
      ar: 'هل تخافين أن يقتلك؟',
      fr: 'Avez-vous peur qu’il vous tue ?',
      zgh: 'ⵜⵓⴳⴰⴷⴷ ⴰⴷ ⴽⵎ ⵉⵏⵖ?',
      en: 'Are you afraid he could kill you?',
    },
  },
  {
    id: 'violence_getting_worse',
    redFlag: true,
    label: {
      ar: 'هل أصبح يؤذيك أكثر أو أشد من قبل؟',
      fr: 'Vous fait-il du mal plus souvent ou plus fort qu’avant ?',
      zgh: 'ⵉⵜⵜⵔⵥⴰ ⴽⵎ ⵓⴳⴳⴰⵔ ⵅⴼ ⵎⴰ ⵉⵣⵔⵉⵏ?',
      en: 'Is he hurting you more often or more badly than before?',
    },
  },
  {
    id: 'pregnant',
    // Raises the score, not the level alone: a listener weighs it with the violence described.
    redFlag: false,
    label: {
      ar: 'هل أنت حامل أو ولدت منذ وقت قصير؟',
      fr: 'Êtes-vous enceinte ou avez-vous accouché il y a peu ?',
      zgh: 'ⵜⵍⵍⴰⴷ ⵜⵙⵙⵉⵔⵓⴷ ⵏⵖ ⵜⵓⵔⵓⴷ ⵖⵉⵍⴰ?',
      en: 'Are you pregnant, or did you have a baby recently?',
    },
  },
  {
    id: 'children_at_risk',
    redFlag: true,
    label: {
      ar: 'هل آذى أطفالك أو هددهم؟',
      fr: 'A-t-il fait du mal à vos enfants ou les a-t-il menacés ?',
      zgh: 'ⵉⵔⵥⴰ ⵜⴰⵔⵡⴰ ⵏⵏⵎ ⵏⵖ ⵉⵀⴷⴷⴷ ⵜⵏ?',
      en: 'Has he hurt or threatened your children?',
    },
  },
  {
    id: 'stalking',
    redFlag: true,
    label: {
      ar: 'هل يتبعك أو يراقبك أو يتصل بك كثيراً وأنت لا تريدين؟',
      fr: 'Vous suit-il, vous surveille-t-il ou vous appelle-t-il sans cesse contre votre volonté ?',
      zgh: 'ⵉⵜⵜⴹⴼⴼⵓⵔ ⴽⵎ ⵏⵖ ⵉⵜⵜⵖⵔⴰ ⴰⵎ ⴱⵍⴰ ⵜⵉⵔⵉ ⵏⵏⵎ?',
      en: 'Does he follow you, watch you, or keep calling when you do not want him to?',
    },
  },
  {
    id: 'separation_recent',
    redFlag: false,
    label: {
      ar: 'هل تركته أو حاولت تركه هذه السنة؟',
      fr: 'L’avez-vous quitté, ou essayé de le quitter, cette année ?',
      zgh: 'ⵜⴼⵍⴷ ⵜ ⵏⵖ ⵜⵔⵉⴷ ⴰⴷ ⵜ ⵜⴼⵍⴷ ⴰⵙⴳⴳⵯⴰⵙ ⴰ?',
      en: 'Have you left him, or tried to, this year?',
    },
  },
  {
    id: 'perpetrator_has_access_now',
    redFlag: false,
    label: {
      ar: 'هل يستطيع الوصول إليك الآن بسهولة (يسكن معك أو يعرف مكانك)؟',
      fr: 'Peut-il vous atteindre facilement maintenant (il vit avec vous ou sait où vous êtes) ?',
      zgh: 'ⵉⵣⵎⵔ ⴰⴷ ⴽⵎ ⵢⴰⴼ ⴷⵖⵉ?',
      en: 'Can he easily reach you now (he lives with you or knows where you are)?',
    },
  },
  {
    id: 'isolated',
    redFlag: false,
    label: {
      ar: 'هل يمنعك من رؤية عائلتك أو صديقاتك؟',
      fr: 'Vous empêche-t-il de voir votre famille ou vos amies ?',
      zgh: 'ⵉⴳⴷⵍ ⴽⵎ ⴰⴷ ⵜⵥⵕⴷ ⵜⴰⵡⵊⴰ ⵏⵏⵎ?',
      en: 'Does he stop you from seeing your family or friends?',
    },
  },
] as const satisfies readonly RiskQuestion[];

/** A question's stable id, as stored in the encrypted answers. */
export type RiskQuestionId = (typeof RISK_QUESTIONS)[number]['id'];
export const RISK_QUESTION_IDS: readonly RiskQuestionId[] = RISK_QUESTIONS.map((q) => q.id);

export const RISK_ANSWERS = ['yes', 'no', 'unknown'] as const;
export type RiskAnswer = (typeof RISK_ANSWERS)[number];
export type RiskAnswers = Readonly<Partial<Record<RiskQuestionId, RiskAnswer>>>;

/** Labels for the three answers, in the same plain register. */
export const riskAnswerLabels: Readonly<Record<RiskAnswer, Localized>> = {
  yes: { ar: 'نعم', fr: 'Oui', zgh: 'ⵢⴰⵀ', en: 'Yes' },
  no: { ar: 'لا', fr: 'Non', zgh: 'ⵓⵀⵓ', en: 'No' },
  unknown: { ar: 'لا أعرف', fr: 'Je ne sais pas', zgh: 'ⵓⵔ ⵙⵙⵉⵏⵖ', en: 'I do not know' },
};

/** Every Tamazight question and answer label is an unverified rendering. */
export const riskUnverifiedZgh: ReadonlySet<string> = new Set([
  ...RISK_QUESTION_IDS,
  ...RISK_ANSWERS,
]);

/**
 * Score bands (count of "yes"). No validated cut-offs exist for this list: with seven red flags,
 * the score mostly separates medium from standard among the four other questions.
 */
export const HIGH_SCORE = 4;
export const MEDIUM_SCORE = 2;

export interface RiskContext {
  /** She is in danger right now (the urgent button, or "it is happening now"). */
  readonly inDangerNow: boolean;
  readonly safeNow?: 'yes' | 'no' | 'unsure';
}

export interface RiskResult {
  readonly score: number;
  /** Ids of the red-flag questions answered "yes", in checklist order. */
  readonly redFlags: RiskQuestionId[];
  readonly level: UrgencyLevel;
}

/**
 * Scores the answers and proposes an urgency (DOMAIN.md §6.3): emergency when she is in danger
 * now, or not safe now with a red flag; high with any red flag, a high score, or "not safe now"
 * alone (she said so: same-day contact); medium for a middle score; standard otherwise.
 * "Unknown" and missing answers count as no, never as yes: they must not inflate the queue, and
 * a listener asks again.
 */
export function assessRisk(answers: RiskAnswers, context: RiskContext): RiskResult {
  const yes = RISK_QUESTIONS.filter((q) => answers[q.id] === 'yes');
  const score = yes.length;
  const redFlags: RiskQuestionId[] = yes.filter((q) => q.redFlag).map((q) => q.id);
  const notSafe = context.safeNow === 'no';
  let level: UrgencyLevel = 'standard';
  if (context.inDangerNow || (notSafe && redFlags.length > 0)) level = 'emergency';
  else if (redFlags.length > 0 || score >= HIGH_SCORE || notSafe) level = 'high';
  else if (score >= MEDIUM_SCORE) level = 'medium';
  return { score, redFlags, level };
}
