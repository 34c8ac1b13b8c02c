import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LOCALE,
  LOCALE_TAGS,
  LOCALES,
  isLocale,
  negotiateLocale,
  textDirection,
} from './locales.ts';

describe('negotiateLocale', () => {
  it.each([
    ['fr-MA,fr;q=0.9', 'fr'],
    ['tzm', 'zgh'],
    ['shi-MA', 'zgh'],
    ['rif', 'zgh'],
    ['zgh-Tfng', 'zgh'],
    ['ary', 'ar'],
    ['', 'ar'],
    ['de', 'ar'],
    ['de-DE,es;q=0.8', 'ar'],
    ['en;q=0.1, fr;q=0.5', 'fr'],
    ['EN-gb', 'en'],
    ['fr;q=0, en', 'en'],
    ['fr;q=abc, en;q=0.2', 'en'],
  ] as const)('%j → %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });

  it('falls back to Arabic when there is no header', () => {
    expect(negotiateLocale(undefined)).toBe(DEFAULT_LOCALE);
    expect(DEFAULT_LOCALE).toBe('ar');
  });

  it('keeps header order between equal weights', () => {
    expect(negotiateLocale('en, fr')).toBe('en');
    expect(negotiateLocale('fr, en')).toBe('fr');
  });
});

describe('locales', () => {
  it('speaks Arabic first, then French, Tamazight and English', () => {
    expect(LOCALES).toEqual(['ar', 'fr', 'zgh', 'en']);
  });

  it('writes only Arabic right to left', () => {
    expect(LOCALES.filter((locale) => textDirection(locale) === 'rtl')).toEqual(['ar']);
  });

  it('recognises its own locales only', () => {
    for (const locale of LOCALES) expect(isLocale(locale)).toBe(true);
    expect(isLocale('de')).toBe(false);
    expect(isLocale('tzm')).toBe(false);
    expect(Object.keys(LOCALE_TAGS).sort()).toEqual([...LOCALES].sort());
  });
});
