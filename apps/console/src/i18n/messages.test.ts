import { describe, expect, it } from 'vitest';
import { LOCALES } from './locale.ts';
import { CATALOGUES, messages, type Messages } from './messages.ts';

/**
 * Every text of a catalogue keyed by name. Texts that depend on numbers or names are rendered
 * with 12 and 75 (numbers read as names too, and keep the script checks meaningful).
 */
function texts(catalogue: Messages): Map<string, string> {
  return new Map(
    Object.entries(catalogue).map(([key, value]: [string, unknown]) => [
      key,
      typeof value === 'function'
        ? String((value as (...args: unknown[]) => unknown)(12, 75))
        : String(value),
    ]),
  );
}

describe('console message catalogue', () => {
  const reference = [...texts(messages.ar).keys()].sort();

  it.each(LOCALES)('%s has exactly the keys of Arabic, none empty', (locale) => {
    const own = texts(messages[locale]);
    expect([...own.keys()].sort()).toEqual(reference);
    for (const [key, text] of own) expect(text.trim(), key).not.toBe('');
  });

  it('never defines one key in two areas (a later area would silently win)', () => {
    const seen = new Map<string, number>();
    for (const catalogue of CATALOGUES) {
      for (const key of Object.keys(catalogue.ar)) seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    expect([...seen].filter(([, count]) => count > 1).map(([key]) => key)).toEqual([]);
  });

  it('writes Tamazight in Tifinagh only', () => {
    for (const [key, text] of texts(messages.zgh)) {
      expect(text, key).toMatch(/\p{Script=Tifinagh}/u);
      expect(text, key).not.toMatch(/[\p{Script=Latin}\p{Script=Arabic}]/u);
    }
  });

  it('writes Arabic in Arabic script', () => {
    for (const [key, text] of texts(messages.ar)) {
      if (key === 'col247') continue;
      expect(text, key).toMatch(/\p{Script=Arabic}/u);
    }
  });

  it('counts the territory with each language’s plural rules', () => {
    expect(messages.ar.territoryLoaded(12, 75)).toBe('12 جهة، 75 عمالة وإقليمًا');
    expect(messages.ar.territoryLoaded(3, 2)).toBe('3 جهات، عمالتان أو إقليمان');
    expect(messages.fr.territoryLoaded(12, 75)).toBe('12 régions, 75 préfectures et provinces');
    expect(messages.fr.territoryLoaded(1, 1)).toBe('1 région, 1 préfecture ou province');
    expect(messages.en.territoryLoaded(12, 75)).toBe('12 regions, 75 prefectures and provinces');
    expect(messages.zgh.territoryLoaded(12, 75)).toBe('12 ⵏ ⵜⵎⵏⴰⴹⵉⵏ, 75 ⵏ ⵜⵙⴳⴰⵡⵉⵏ');
  });

  it('counts the rate-limit wait in each language', () => {
    expect(messages.ar.retryIn(2)).toContain('ثانيتين');
    expect(messages.ar.retryIn(5)).toContain('5 ثوانٍ');
    expect(messages.fr.retryIn(1)).toContain('1 seconde.');
    expect(messages.en.retryIn(30)).toContain('30 seconds.');
  });
});
