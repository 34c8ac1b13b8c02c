import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../i18n/locale.ts';
import { bodyOf, checkEntries, draftOf, emptyEntry, moved, type DraftEntry } from './draft.ts';
import { emergencyNumbersMessages } from './messages.ts';

const label = { ar: 'الشرطة', fr: 'Police', zgh: 'ⴰⴱⵓⵍⵉⵙ', en: 'Police' };
const entry = (number: string, change: Partial<DraftEntry> = {}): DraftEntry => ({
  key: number,
  number,
  kind: 'police',
  label,
  ...change,
});
const messages = { fieldRequired: 'required', numberFormat: 'format', numberRepeated: 'repeated' };

describe('the emergency numbers form', () => {
  it('sends digits without the spaces typed, trimmed labels, and known ids only', () => {
    const [first] = draftOf([{ id: 'a1', number: '19', kind: 'police', label, position: 0 }]);
    expect(
      bodyOf([
        { ...(first as DraftEntry), number: ' 1 9 ' },
        { ...emptyEntry(), number: '80 08', label: { ...label, fr: '  Nuit  ' } },
      ]),
    ).toEqual({
      numbers: [
        { id: 'a1', number: '19', kind: 'police', label },
        { number: '8008', kind: 'other', label: { ...label, fr: 'Nuit' } },
      ],
    });
  });

  it('names each problem the server would refuse, where the server names it', () => {
    expect(
      checkEntries(
        [
          entry('19'),
          entry('19'),
          entry('+212'),
          entry(''),
          entry('12345678901'),
          entry('177', { label: { ...label, zgh: ' ' } }),
        ],
        messages,
      ),
    ).toEqual({
      'numbers.1.number': 'repeated',
      'numbers.2.number': 'format',
      'numbers.3.number': 'required',
      'numbers.4.number': 'format',
      'numbers.5.label.zgh': 'required',
    });
    expect(checkEntries([entry('19'), entry('8350')], messages)).toEqual({});
  });

  it('moves a row up or down, and leaves the list alone at either end', () => {
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

/** Every text leaf (functions called with a sample number), keyed by its dotted path. */
function leaves(value: unknown, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof value === 'string') found.set(path, value);
  else if (typeof value === 'function') found.set(path, (value as (n: number) => string)(3));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      for (const [p, text] of leaves(child, path ? `${path}.${key}` : key)) found.set(p, text);
    }
  }
  return found;
}

describe('the emergency numbers page texts', () => {
  const reference = [...leaves(emergencyNumbersMessages.ar).keys()].sort();

  it.each(LOCALES)('%s has every text, none empty', (locale) => {
    const texts = leaves(emergencyNumbersMessages[locale]);
    expect([...texts.keys()].sort()).toEqual(reference);
    for (const [key, text] of texts) expect(text.trim(), key).not.toBe('');
  });

  it('writes Tamazight in Tifinagh and Arabic in Arabic script', () => {
    for (const [key, text] of leaves(emergencyNumbersMessages.zgh)) {
      expect(text, key).toMatch(/\p{Script=Tifinagh}/u);
      expect(text, key).not.toMatch(/[\p{Script=Latin}\p{Script=Arabic}]/u);
    }
    for (const [key, text] of leaves(emergencyNumbersMessages.ar)) {
      expect(text, key).toMatch(/\p{Script=Arabic}/u);
      expect(text, key).not.toMatch(/\p{Script=Latin}/u);
    }
  });
});
