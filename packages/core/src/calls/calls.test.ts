import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/locales.ts';
import { callOutcomes, callOutcomesUnverifiedZgh } from './call-outcomes.ts';
import { CLOCK_SKEW_MS, defaultOutcome, occurredInThePast } from './contact-rules.ts';

describe('call outcomes', () => {
  it('keeps the codes the database and the API store', () => {
    expect(callOutcomes.codes).toEqual([
      'case_opened',
      'attached_to_case',
      'information_given',
      'referred',
      'callback_planned',
      'no_action',
    ]);
  });

  it('labels every code in every language, Tamazight flagged as unverified', () => {
    for (const code of callOutcomes.codes) {
      for (const locale of LOCALES) expect(callOutcomes.labels[code][locale].trim()).not.toBe('');
      expect(callOutcomesUnverifiedZgh.has(code)).toBe(true);
    }
  });
});

describe('contact rules', () => {
  const now = new Date('2026-11-23T10:00:00Z');

  it('accepts contacts logged after the fact and a slightly fast clock, not a future date', () => {
    expect(occurredInThePast(new Date('2026-11-20T08:00:00Z'), now)).toBe(true);
    expect(occurredInThePast(new Date(now.getTime() + CLOCK_SKEW_MS), now)).toBe(true);
    expect(occurredInThePast(new Date(now.getTime() + CLOCK_SKEW_MS + 1), now)).toBe(false);
  });

  it('derives the outcome from where the contact went unless the listener chose one', () => {
    expect(defaultOutcome('new_case', undefined)).toBe('case_opened');
    expect(defaultOutcome('existing_case', undefined)).toBe('attached_to_case');
    expect(defaultOutcome('logged_only', undefined)).toBeNull();
    expect(defaultOutcome('new_case', 'referred')).toBe('referred');
  });
});
