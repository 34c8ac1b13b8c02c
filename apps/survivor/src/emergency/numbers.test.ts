import { describe, expect, it } from 'vitest';
import { messages } from '../i18n/messages.ts';
import {
  BUILT_IN_NUMBERS,
  fetchNumbers,
  keepNumbers,
  keptNumbers,
  labelOf,
  NUMBERS_URL,
  parseNumbers,
  STORAGE_KEY,
} from './numbers.ts';
import { firstCalls } from '../flows/urgent-sent.tsx';

const label = { ar: 'خط الليل', fr: 'Ligne de nuit', zgh: 'ⴰⵙⴼⵍⴷ', en: 'Night line' };
const answer = {
  numbers: [
    {
      id: '0193b2c0-0000-7000-8000-000000000019',
      number: '19',
      kind: 'police',
      label,
      position: 0,
    },
    {
      id: '0193b2c0-0000-7000-8000-000000008008',
      number: '8008',
      kind: 'other',
      label,
      position: 1,
    },
  ],
};

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      items.set(key, value);
    },
  };
}

describe('emergency numbers on the phone', () => {
  it('has the four national numbers built in, labelled by the app in every language', () => {
    expect(BUILT_IN_NUMBERS.map((entry) => entry.number)).toEqual(['19', '177', '15', '8350']);
    expect(BUILT_IN_NUMBERS.map((entry) => labelOf(entry, 'fr', messages.fr.services))).toEqual([
      'Police',
      'Gendarmerie royale',
      'Protection civile',
      'Kollona Maak\u00a0: écoute et soutien 24\u00a0h/24',
    ]);
  });

  it('takes the server’s list, labelled in her language', () => {
    const numbers = parseNumbers(answer);
    expect(numbers?.map((entry) => [entry.number, entry.kind])).toEqual([
      ['19', 'police'],
      ['8008', 'other'],
    ]);
    const night = numbers?.[1];
    expect(night && labelOf(night, 'zgh', messages.zgh.services)).toBe('ⴰⵙⴼⵍⴷ');
  });

  it('refuses a malformed list as a whole, so the numbers never disappear', () => {
    const bad = [
      null,
      {},
      { numbers: [] },
      { numbers: Array.from({ length: 9 }, () => answer.numbers[0]) },
      { numbers: [{ ...answer.numbers[0], number: '19; alert(1)' }] },
      { numbers: [{ ...answer.numbers[0], number: '1' }] },
      { numbers: [{ ...answer.numbers[0], kind: 'army' }] },
      { numbers: [{ ...answer.numbers[0], label: { ...label, zgh: '' } }] },
      { numbers: [{ ...answer.numbers[0], label: { ar: 'x' } }] },
    ];
    for (const value of bad) expect(parseNumbers(value), JSON.stringify(value)).toBeNull();
  });

  it('keeps the last list on the phone, and survives a storage that fails', () => {
    const storage = memoryStorage();
    expect(keptNumbers(storage)).toBeNull();
    const numbers = parseNumbers(answer) ?? [];
    keepNumbers(storage, numbers);
    expect(storage.items.has(STORAGE_KEY)).toBe(true);
    expect(keptNumbers(storage)).toEqual(numbers);
    expect(keptNumbers(memoryStorage({ [STORAGE_KEY]: '{not json' }))).toBeNull();
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(keptNumbers(broken)).toBeNull();
    expect(() => {
      keepNumbers(broken, numbers);
    }).not.toThrow();
    expect(keptNumbers(undefined)).toBeNull();
  });

  it('asks the public endpoint, and gives nothing when offline or refused', async () => {
    const asked: string[] = [];
    const ok = await fetchNumbers((input) => {
      asked.push(input);
      return Promise.resolve(new Response(JSON.stringify(answer), { status: 200 }));
    });
    expect(asked).toEqual([NUMBERS_URL]);
    expect(ok?.length).toBe(2);
    expect(await fetchNumbers(() => Promise.reject(new TypeError('offline')))).toBeNull();
    expect(
      await fetchNumbers(() => Promise.resolve(new Response('{}', { status: 503 }))),
    ).toBeNull();
  });

  it('shows the police and gendarmerie of the current list first after an urgent report', () => {
    const edited = parseNumbers({
      numbers: [
        { number: '8350', kind: 'helpline', label },
        { number: '19', kind: 'police', label },
      ],
    });
    expect(firstCalls(edited ?? []).map((entry) => entry.number)).toEqual(['19']);
    expect(firstCalls([]).map((entry) => entry.number)).toEqual(['19', '177']);
  });
});
