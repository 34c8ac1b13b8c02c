import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/locales.ts';
import {
  assessRisk,
  RISK_INSTRUMENT_VERSION,
  RISK_QUESTIONS,
  riskAnswerLabels,
  type RiskAnswers,
  type RiskContext,
} from './checklist.ts';

const calm: RiskContext = { inDangerNow: false };

describe('risk checklist', () => {
  it('has about ten questions with stable, unique ids and labels in four languages', () => {
    expect(RISK_INSTRUMENT_VERSION).toBe('sanad-risk-1');
    const ids = RISK_QUESTIONS.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(10);
    for (const q of [...RISK_QUESTIONS.map((x) => x.label), ...Object.values(riskAnswerLabels)]) {
      for (const locale of LOCALES) expect(q[locale].trim()).not.toBe('');
      expect(q.zgh).toMatch(/[\u2D30-\u2D7F]/u);
    }
  });

  it.each<[string, RiskAnswers, RiskContext, number, string[], string]>([
    ['nothing answered', {}, calm, 0, [], 'standard'],
    ['in danger now, nothing else', {}, { inDangerNow: true }, 0, [], 'emergency'],
    ['one red flag', { choking: 'yes' }, calm, 1, ['choking'], 'high'],
    [
      'red flag and not safe now',
      { threats_to_kill: 'yes' },
      { inDangerNow: false, safeNow: 'no' },
      1,
      ['threats_to_kill'],
      'emergency',
    ],
    [
      'red flag, unsure if safe',
      { stalking: 'yes' },
      { inDangerNow: false, safeNow: 'unsure' },
      1,
      ['stalking'],
      'high',
    ],
    ['not safe now alone', {}, { inDangerNow: false, safeNow: 'no' }, 0, [], 'high'],
    ['two non-red yes', { pregnant: 'yes', isolated: 'yes' }, calm, 2, [], 'medium'],
    ['one non-red yes', { separation_recent: 'yes' }, calm, 1, [], 'standard'],
    [
      'four non-red yes',
      {
        pregnant: 'yes',
        isolated: 'yes',
        separation_recent: 'yes',
        perpetrator_has_access_now: 'yes',
      },
      calm,
      4,
      [],
      'high',
    ],
    [
      'unknown counts as no',
      { choking: 'unknown', fears_for_life: 'no', isolated: 'unknown' },
      calm,
      0,
      [],
      'standard',
    ],
    [
      'red flags in checklist order',
      { stalking: 'yes', weapon_used_or_threatened: 'yes', isolated: 'yes' },
      calm,
      3,
      ['weapon_used_or_threatened', 'stalking'],
      'high',
    ],
  ])('%s', (_title, answers, context, score, redFlags, level) => {
    expect(assessRisk(answers, context)).toEqual({ score, redFlags, level });
  });
});
