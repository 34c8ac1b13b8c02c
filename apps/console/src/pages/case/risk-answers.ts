import {
  assessRisk,
  RISK_QUESTIONS,
  type RiskAnswer,
  type RiskQuestionId,
  type RiskResult,
} from '@sanad/core';
import type { RiskAnswerMap } from '../../api/case-types.ts';

export type RiskAnswerSheet = Readonly<Record<RiskQuestionId, RiskAnswer>>;

/** Every question answered: her latest answers, "unknown" where she gave none (ask again). */
export function prefillAnswers(latest: RiskAnswerMap | undefined): RiskAnswerSheet {
  const sheet = {} as Record<RiskQuestionId, RiskAnswer>;
  for (const question of RISK_QUESTIONS) sheet[question.id] = latest?.[question.id] ?? 'unknown';
  return sheet;
}

/**
 * The level the checklist proposes, as the server will compute it: the same instrument from
 * `@sanad/core`. "Not safe now" from her app answers counts, as it does on the server.
 */
export function previewRisk(answers: RiskAnswerSheet, safeNow: string | null): RiskResult {
  return assessRisk(answers, {
    inDangerNow: false,
    ...(safeNow === 'yes' || safeNow === 'no' || safeNow === 'unsure' ? { safeNow } : {}),
  });
}
