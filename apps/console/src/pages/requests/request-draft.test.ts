import { describe, expect, it } from 'vitest';
import { emptyRequestDraft, requestInputOf, SUMMARY_MAX } from './request-draft.ts';

describe('a competent body’s request', () => {
  it('starts in the body’s own province, consent given in person', () => {
    expect(emptyRequestDraft('461')).toMatchObject({
      provinceCode: '461',
      consentChannel: 'walk_in',
      careConsent: false,
      services: [],
    });
    expect(emptyRequestDraft(undefined).provinceCode).toBe('');
  });

  it('needs an urgency, a province, at least one service and her consent to care', () => {
    expect(requestInputOf(emptyRequestDraft(undefined))).toEqual({
      ok: false,
      problems: {
        urgency: 'required',
        provinceCode: 'required',
        services: 'required',
        careConsent: 'required',
      },
    });
  });

  it('sends what was filled in, trimmed, and nothing empty', () => {
    const draft = {
      ...emptyRequestDraft('461'),
      urgency: 'high' as const,
      services: ['shelter', 'economic_support'] as const,
      firstName: '  Fatima ',
      phone: '',
      summary: 'Needs a place tonight with her two children.',
      careConsent: true,
    };
    expect(requestInputOf(draft)).toEqual({
      ok: true,
      input: {
        urgency: 'high',
        provinceCode: '461',
        services: ['shelter', 'economic_support'],
        firstName: 'Fatima',
        summary: 'Needs a place tonight with her two children.',
        consentChannel: 'walk_in',
        careConsent: true,
      },
    });
  });

  it('refuses a summary over the limit', () => {
    const draft = {
      ...emptyRequestDraft('461'),
      urgency: 'medium' as const,
      services: ['listening'] as const,
      careConsent: true,
      summary: 'x'.repeat(SUMMARY_MAX + 1),
    };
    expect(requestInputOf(draft)).toEqual({ ok: false, problems: { summary: 'too_long' } });
  });
});
