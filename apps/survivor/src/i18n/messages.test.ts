import { describe, expect, it } from 'vitest';
import { LOCALES } from './locale.ts';
import { messages } from './messages.ts';

/** Every text leaf of a catalogue, keyed by its dotted path. */
function leaves(value: unknown, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof value === 'string') {
    found.set(path, value);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      for (const [p, text] of leaves(child, path ? `${path}.${key}` : key)) found.set(p, text);
    }
  }
  return found;
}

const TIFINAGH = /\p{Script=Tifinagh}/u;
const LATIN_OR_ARABIC = /[\p{Script=Latin}\p{Script=Arabic}]/u;

describe('survivor message catalogue', () => {
  const reference = [...leaves(messages.ar).keys()].sort();

  it.each(LOCALES)('%s has exactly the keys of Arabic, none empty', (locale) => {
    const texts = leaves(messages[locale]);
    expect([...texts.keys()].sort()).toEqual(reference);
    for (const [key, text] of texts) expect(text.trim(), key).not.toBe('');
  });

  it('writes Tamazight in Tifinagh only', () => {
    for (const [key, text] of leaves(messages.zgh)) {
      expect(text, key).toMatch(TIFINAGH);
      expect(text, key).not.toMatch(LATIN_OR_ARABIC);
    }
  });

  it('writes Arabic in Arabic script', () => {
    for (const [key, text] of leaves(messages.ar)) {
      expect(text, key).toMatch(/\p{Script=Arabic}/u);
      expect(text, key).not.toMatch(/\p{Script=Latin}/u);
    }
  });
});
