import { PROPOSAL_REASON_CODES, type ProposalReason, type ProposalReasonCode } from '@sanad/core';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../i18n/locale.ts';
import { messages } from '../../i18n/messages.ts';
import { referralStatuses } from './referral-vocabulary.ts';
import { durationText, reasonText, reasonTone, statusPlain } from './referral-wording.ts';

/** One reason of each code, with parameters (Settat is province 461 of Casablanca-Settat, 06). */
const SAMPLES: Readonly<Record<ProposalReasonCode, ProposalReason>> = {
  covers_province: { code: 'covers_province', province: '461' },
  covers_region: { code: 'covers_region', region: '06' },
  national_coverage: { code: 'national_coverage' },
  outside_region: { code: 'outside_region', region: '01' },
  serves_area: { code: 'serves_area', areaType: 'rural' },
  area_not_served: { code: 'area_not_served', areaType: 'urban' },
  open_24_7: { code: 'open_24_7' },
  open_now: { code: 'open_now' },
  closed_until: { code: 'closed_until', at: '2026-11-23T08:30:00.000Z' },
  closed_no_opening: { code: 'closed_no_opening' },
  hours_unknown: { code: 'hours_unknown' },
  handles_service: { code: 'handles_service', service: 'listening' },
  lacks_service: { code: 'lacks_service', service: 'shelter' },
  beds_free: { code: 'beds_free', count: 3 },
  full: { code: 'full' },
  consent_given: { code: 'consent_given' },
  consent_missing: { code: 'consent_missing' },
};

describe('proposal reasons in words', () => {
  it.each(LOCALES)('words every reason code in %s, never showing the code', (locale) => {
    const texts = PROPOSAL_REASON_CODES.map((code) =>
      reasonText(SAMPLES[code], messages[locale], locale),
    );
    for (const [index, text] of texts.entries()) {
      const code = PROPOSAL_REASON_CODES[index] ?? '';
      expect(text.trim(), code).not.toBe('');
      expect(text, code).not.toContain(code);
    }
    // Two codes never read the same.
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('reads like the issue’s example, with names from the territory and vocabularies', () => {
    const line = (locale: 'en' | 'fr' | 'ar' | 'zgh') =>
      (['covers_province', 'open_now', 'beds_free', 'handles_service'] as const)
        .map((code) => reasonText(SAMPLES[code], messages[locale], locale))
        .join(', ');
    expect(line('en')).toBe(
      'covers her province, Settat, open now, 3 beds free, handles listening',
    );
    expect(line('fr')).toContain('couvre sa province, Settat');
    expect(line('fr')).toContain('3 lits libres');
    expect(line('ar')).toContain('سطات');
    expect(line('ar')).toContain('3 أسرّة شاغرة');
    expect(line('zgh')).toContain('ⵙⵟⵟⴰⵜ');
  });

  it('counts beds with each language’s plural', () => {
    const beds = (count: number) => ({ code: 'beds_free', count }) as const;
    expect(reasonText(beds(1), messages.en, 'en')).toBe('1 bed free');
    expect(reasonText(beds(1), messages.fr, 'fr')).toBe('1 lit libre');
    expect(reasonText(beds(2), messages.ar, 'ar')).toBe('سريران شاغران');
    expect(reasonText(beds(12), messages.ar, 'ar')).toBe('12 سريرًا شاغرًا');
  });

  it('marks what speaks for and against an institution', () => {
    expect(reasonTone('covers_province')).toBe('for');
    expect(reasonTone('full')).toBe('against');
    expect(reasonTone('consent_missing')).toBe('against');
    expect(reasonTone('hours_unknown')).toBe('neutral');
    expect(reasonTone('a_code_from_a_newer_server')).toBe('neutral');
  });
});

describe('referral status in plain words', () => {
  it.each(LOCALES)('has a sentence for every status in %s', (locale) => {
    const sentences = referralStatuses.codes.map((status) => statusPlain(status, messages[locale]));
    for (const sentence of sentences) expect(sentence.trim()).not.toBe('');
    expect(new Set(sentences).size).toBe(sentences.length);
  });

  it('shows an unknown status as its code', () => {
    expect(statusPlain('archived', messages.en)).toBe('archived');
  });
});

describe('time to a deadline', () => {
  it.each([
    [30, '1 minute'],
    [12 * 60, '12 minutes'],
    [-7 * 60, '7 minutes'],
    [3 * 3600 + 59, '3 hours'],
    [47 * 3600, '47 hours'],
    [5 * 86_400, '5 days'],
  ])('%i s reads %s', (seconds, words) => {
    expect(durationText(seconds, messages.en)).toBe(words);
  });

  it('uses Arabic dual forms', () => {
    expect(durationText(2 * 3600, messages.ar)).toBe('ساعتان');
    expect(durationText(3 * 86_400, messages.ar)).toBe('3 أيام');
  });
});
