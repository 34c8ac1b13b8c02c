import { harmChoices, RISK_QUESTIONS } from '@sanad/core/intake';
import { PLACES } from '@sanad/core/places';
import { describe, expect, it } from 'vitest';
import { LOCALES } from './locale.ts';
import { localeWords } from './locale-words.ts';

describe('the words of one language, as the build writes them', () => {
  it.each(LOCALES)('%s has every code of the domain, each with its own label', (locale) => {
    const words = localeWords(locale);
    expect(words.harms).toEqual(
      harmChoices.codes.map((code) => ({ code, label: harmChoices.labels[code][locale] })),
    );
    expect(words.riskQuestions.map((question) => question.id)).toEqual(
      RISK_QUESTIONS.map((question) => question.id),
    );
    expect(words.places).toHaveLength(12);
    expect(words.places.flatMap((region) => region.provinces)).toHaveLength(75);
    expect(words.places[0]?.name).toBe(PLACES[0]?.name[locale]);
    for (const list of Object.values(words)) {
      for (const item of list) {
        const text = 'label' in item ? item.label : item.name;
        expect(text.trim().length, JSON.stringify(item)).toBeGreaterThan(0);
      }
    }
  });

  it('holds one language only: no other language’s label comes along', () => {
    const arabic = JSON.stringify(localeWords('ar'));
    expect(arabic).not.toContain(harmChoices.labels.hit_or_hurt.fr);
    expect(JSON.stringify(localeWords('fr'))).not.toMatch(/\p{Script=Arabic}/u);
    expect(arabic.length).toBeLessThan(JSON.stringify(PLACES).length);
  });
});
