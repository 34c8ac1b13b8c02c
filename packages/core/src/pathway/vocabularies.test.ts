import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/locales.ts';
import { codesOf, labelOf, type Vocabulary } from '../vocabulary/define.ts';
import {
  availabilityChoices,
  availabilityChoicesUnverifiedZgh,
  dropReasons,
  dropReasonsUnverifiedZgh,
  mobilityChoices,
  mobilityChoicesUnverifiedZgh,
  survivorStages,
  survivorStagesUnverifiedZgh,
} from './vocabularies.ts';

// The database and the API store these codes: their spelling and order must not drift. The
// unions in types.ts are checked against them at compile time (`defineVocabulary<DropReason>`).
const EXPECTED: readonly (readonly [Vocabulary<string>, ReadonlySet<string>, readonly string[]])[] =
  [
    [
      dropReasons,
      dropReasonsUnverifiedZgh,
      [
        'not_interested',
        'found_other_work',
        'childcare',
        'transport_distance',
        'health',
        'family_opposition',
        'safety',
        'not_suitable',
        'no_news',
        'other',
      ],
    ],
    [mobilityChoices, mobilityChoicesUnverifiedZgh, ['province', 'region', 'anywhere']],
    [
      availabilityChoices,
      availabilityChoicesUnverifiedZgh,
      ['full_time', 'part_time', 'mornings', 'afternoons'],
    ],
    [
      survivorStages,
      survivorStagesUnverifiedZgh,
      ['proposed', 'waiting', 'in_progress', 'done', 'stopped'],
    ],
  ];

describe.each(EXPECTED.map(([v, unverified, codes]) => [v.name, v, unverified, codes] as const))(
  '%s',
  (name, vocabulary, unverified, codes) => {
    it('has the codes the database expects, in order', () => {
      expect(vocabulary.codes).toEqual(codes);
      expect(codesOf(vocabulary)).toEqual(codes);
      expect(name).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
    });

    it('labels every code in all four languages, Arabic in Arabic, Tamazight in Tifinagh', () => {
      for (const code of vocabulary.codes) {
        expect(Object.keys(vocabulary.labels[code] ?? {}).sort()).toEqual([...LOCALES].sort());
        for (const locale of LOCALES) {
          const text = labelOf(vocabulary, code, locale);
          expect(text.trim(), `${code}.${locale}`).not.toBe('');
          expect(text, `${code}.${locale}`).toBe(text.trim());
        }
        const ar = labelOf(vocabulary, code, 'ar');
        expect(ar, code).toMatch(/\p{Script=Arabic}/u);
        expect(ar, code).not.toMatch(/\p{Script=Latin}/u);
        const zgh = labelOf(vocabulary, code, 'zgh');
        expect(zgh, code).toMatch(/\p{Script=Tifinagh}/u);
        expect(zgh, code).not.toMatch(/[\p{Script=Latin}\p{Script=Arabic}]/u);
      }
    });

    it('keeps labels short enough to read out', () => {
      for (const code of vocabulary.codes) {
        for (const locale of LOCALES) {
          expect(labelOf(vocabulary, code, locale).length).toBeLessThanOrEqual(40);
        }
      }
    });

    it('flags unverified Tamazight labels with known codes only', () => {
      for (const code of unverified) expect(vocabulary.codes).toContain(code);
    });
  },
);
