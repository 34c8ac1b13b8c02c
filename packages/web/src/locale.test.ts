import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, HTML_LANG, localeMemory, textDirection } from './locale.ts';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

describe('the language in use', () => {
  it('is Arabic, right to left, unless chosen otherwise', () => {
    expect(DEFAULT_LOCALE).toBe('ar');
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('zgh')).toBe('ltr');
    expect(HTML_LANG).toEqual({ ar: 'ar-MA', fr: 'fr-MA', zgh: 'zgh', en: 'en' });
  });

  it('is remembered under its own key, and anything else stored there is ignored', () => {
    const storage = memoryStorage();
    const memory = localeMemory('lang');
    expect(memory.load(storage)).toBe('ar');
    memory.save(storage, 'zgh');
    expect(storage.items.get('lang')).toBe('zgh');
    expect(memory.load(storage)).toBe('zgh');
    storage.items.set('lang', 'de');
    expect(memory.load(storage)).toBe('ar');
    expect(memory.load(undefined)).toBe('ar');
  });

  it('never throws when the browser refuses storage', () => {
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    const memory = localeMemory('lang');
    expect(memory.load(refusing)).toBe('ar');
    expect(() => {
      memory.save(refusing, 'fr');
    }).not.toThrow();
  });
});
