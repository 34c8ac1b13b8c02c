import { describe, expect, it } from 'vitest';
import { fill, flowMessages } from './flow-messages/index.ts';
import { LOCALES } from './locale.ts';

function leaves(value: unknown, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof value === 'string') found.set(path, value);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      for (const [p, text] of leaves(child, path ? `${path}.${key}` : key)) found.set(p, text);
    }
  }
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

describe('journey message catalogue', () => {
  const reference = leaves(flowMessages.ar);

  it.each(LOCALES)('%s has exactly the keys and placeholders of Arabic, none empty', (locale) => {
    const texts = leaves(flowMessages[locale]);
    expect([...texts.keys()].sort()).toEqual([...reference.keys()].sort());
    for (const [key, text] of texts) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(text), key).toEqual(placeholders(reference.get(key) ?? ''));
    }
  });

  it('writes Tamazight in Tifinagh only, and Arabic in Arabic script', () => {
    for (const [key, text] of leaves(flowMessages.zgh)) {
      expect(text, key).toMatch(/\p{Script=Tifinagh}/u);
      expect(text, key).not.toMatch(/[\p{Script=Latin}\p{Script=Arabic}]/u);
    }
    for (const [key, text] of leaves(flowMessages.ar)) {
      expect(text, key).toMatch(/\p{Script=Arabic}/u);
      expect(text, key).not.toMatch(/\p{Script=Latin}/u);
    }
  });

  it('fills numbered placeholders', () => {
    expect(fill(flowMessages.en.stepOf, 2, 8)).toBe('Step 2 of 8');
    expect(fill('{1} {0} {2}', 'a', 'b')).toBe('b a {2}');
  });
});
