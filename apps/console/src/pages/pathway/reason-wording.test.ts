import { MATCH_REASON_CODES, type MatchReason, type MatchReasonCode } from '@sanad/core';
import { describe, expect, it } from 'vitest';
import type { ReasonView } from '../../api/pathway-types.ts';
import { LOCALES } from '../../i18n/locale.ts';
import { messages } from '../../i18n/messages.ts';
import { missingFieldText, reasonText, reasonTone, relaxationText } from './reason-wording.ts';

/** One reason of each code, with its figures, as matching sends it. */
const SAMPLES: Readonly<Record<MatchReasonCode, MatchReason>> = {
  kind_sought: { code: 'kind_sought', side: 'for' },
  in_her_province: { code: 'in_her_province', side: 'for' },
  in_her_region: { code: 'in_her_region', side: 'for' },
  remote: { code: 'remote', side: 'for' },
  outside_her_region: { code: 'outside_her_region', side: 'against' },
  age_fits: { code: 'age_fits', side: 'for' },
  age_to_check: { code: 'age_to_check', side: 'against' },
  schooling_fits: { code: 'schooling_fits', side: 'for' },
  schooling_to_check: { code: 'schooling_to_check', side: 'against' },
  no_literacy_needed: { code: 'no_literacy_needed', side: 'for' },
  literacy_to_check: { code: 'literacy_to_check', side: 'against' },
  childcare_provided: { code: 'childcare_provided', side: 'for' },
  childcare_missing: { code: 'childcare_missing', side: 'against' },
  transport_provided: { code: 'transport_provided', side: 'for' },
  stipend: { code: 'stipend', side: 'for' },
  in_her_language: { code: 'in_her_language', side: 'for', locale: 'zgh' },
  places_left: { code: 'places_left', side: 'for', places: 12 },
  apply_by: { code: 'apply_by', side: 'for', date: '2026-03-12', daysLeft: 9 },
  starts_on: { code: 'starts_on', side: 'for', date: '2026-03-20' },
  starts_later: { code: 'starts_later', side: 'against', date: '2026-09-01' },
  other_kind: { code: 'other_kind', side: 'against' },
};

/** The core's reason as it travels (a code, a side, its figures). */
const view = (reason: MatchReason): ReasonView => ({ ...reason });

describe('match reasons in words', () => {
  it.each(LOCALES)('words every reason code in %s, never showing the code', (locale) => {
    const texts = MATCH_REASON_CODES.map((code) =>
      reasonText(view(SAMPLES[code]), messages[locale], locale),
    );
    for (const [index, text] of texts.entries()) {
      const code = MATCH_REASON_CODES[index] ?? '';
      expect(text.trim(), code).not.toBe('');
      expect(text, code).not.toContain(code);
    }
    // Two codes never read the same.
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('says the figures: places, days left, dates, her language', () => {
    const en = (reason: MatchReason) => reasonText(view(reason), messages.en, 'en');
    expect(en({ code: 'places_left', side: 'against', places: 1 })).toBe('1 place left');
    expect(en({ code: 'places_left', side: 'for', places: 12 })).toBe('12 places left');
    expect(en(SAMPLES.apply_by)).toBe('apply by Mar 12, 2026 (9 days left)');
    expect(en({ code: 'apply_by', side: 'against', date: '2026-03-12', daysLeft: 1 })).toBe(
      'apply by Mar 12, 2026 (1 day left)',
    );
    expect(en({ code: 'apply_by', side: 'against', date: '2026-03-12', daysLeft: 0 })).toContain(
      'today',
    );
    expect(en(SAMPLES.in_her_language)).toBe('in her language: \u2068ⵜⴰⵎⴰⵣⵉⵖⵜ\u2069');
    expect(reasonText(view(SAMPLES.places_left), messages.fr, 'fr')).toBe('12 places restantes');
    expect(
      reasonText(view({ code: 'places_left', side: 'for', places: 2 }), messages.ar, 'ar'),
    ).toBe('بقي مقعدان');
    expect(reasonText(view(SAMPLES.starts_on), messages.zgh, 'zgh')).toMatch(/^ⴰⴷ ⵜⴱⴷⵓ /);
  });

  it('tells a region reachable from one she cannot leave', () => {
    const region = (side: 'for' | 'against') =>
      reasonText({ code: 'in_her_region', side }, messages.en, 'en');
    expect(region('for')).toBe('in her region');
    expect(region('against')).toBe('in her region, but she stays in her province');
  });

  it('shows a code it does not know, or one missing its figures, as the code', () => {
    expect(reasonText({ code: 'new_reason', side: 'for' }, messages.en, 'en')).toBe('new_reason');
    expect(reasonText({ code: 'places_left', side: 'for' }, messages.en, 'en')).toBe('places_left');
    expect(
      reasonText({ code: 'in_her_language', side: 'for', locale: 'xx' }, messages.en, 'en'),
    ).toBe('in_her_language');
  });

  it('reads the side as the chip’s tone: anything not `for` is a point to check', () => {
    expect(reasonTone({ code: 'stipend', side: 'for' })).toBe('for');
    expect(reasonTone({ code: 'childcare_missing', side: 'against' })).toBe('against');
  });

  it.each(LOCALES)('words what an alternative relaxes and what to ask her in %s', (locale) => {
    const t = messages[locale];
    const relaxed = ['neighbouring_province', 'outside_region', 'later_session', 'other_kind'];
    const fields = ['seeking', 'province', 'age', 'schooling', 'literacy', 'availability'];
    for (const words of [
      relaxed.map((code) => relaxationText(code, t)),
      fields.map((field) => missingFieldText(field, t)),
    ]) {
      expect(new Set(words).size).toBe(words.length);
      for (const text of words) expect(text).not.toMatch(/_/);
    }
    expect(relaxationText('somewhere_else', t)).toBe('somewhere_else');
  });
});
