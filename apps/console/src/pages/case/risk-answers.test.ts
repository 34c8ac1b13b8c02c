import { RISK_QUESTIONS } from '@sanad/core';
import { describe, expect, it } from 'vitest';
import { prefillAnswers, previewRisk } from './risk-answers.ts';

describe('risk answers', () => {
  it('prefills every question from her latest answers, "unknown" elsewhere', () => {
    const sheet = prefillAnswers({ choking: 'yes' });
    expect(Object.keys(sheet)).toHaveLength(RISK_QUESTIONS.length);
    expect(sheet.choking).toBe('yes');
    expect(sheet.pregnant).toBe('unknown');
  });

  it('proposes the level the server will compute, with "not safe now" from her app', () => {
    const sheet = prefillAnswers({ choking: 'yes' });
    expect(previewRisk(sheet, null)).toMatchObject({
      score: 1,
      level: 'high',
      redFlags: ['choking'],
    });
    expect(previewRisk(sheet, 'no').level).toBe('emergency');
  });
});
