import type { Locale } from '../i18n/locale.ts';

/** What a number reaches (the server's vocabulary); the built-in ones are labelled by the app. */
export type NumberKind = 'police' | 'gendarmerie' | 'civil_protection' | 'helpline' | 'other';
export type BuiltInKind = Exclude<NumberKind, 'other'>;

export interface EmergencyNumber {
  readonly number: string;
  readonly kind: NumberKind;
  /** The administrators' label in four languages; absent for the built-in numbers. */
  readonly label?: Readonly<Record<Locale, string>>;
}

/**
 * The national numbers, built into the app: what the first paint shows, and what stays when the
 * server cannot be reached and nothing was ever fetched. The server's list (editable by the
 * administrators, issue #4) replaces it once fetched.
 */
export const BUILT_IN_NUMBERS: readonly EmergencyNumber[] = [
  { number: '19', kind: 'police' },
  { number: '177', kind: 'gendarmerie' },
  { number: '15', kind: 'civil_protection' },
  { number: '8350', kind: 'helpline' },
];

/** Where the last list fetched is kept: public data, it says nothing about her. */
export const STORAGE_KEY = 'numbers';
export const NUMBERS_URL = '/api/v1/public/emergency-numbers';

const KINDS: ReadonlySet<string> = new Set([
  'police',
  'gendarmerie',
  'civil_protection',
  'helpline',
  'other',
]);
const LABEL_LOCALES = ['ar', 'fr', 'zgh', 'en'] as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

function entryOf(value: unknown): EmergencyNumber | null {
  if (!isRecord(value)) return null;
  const { number, kind, label } = value;
  if (typeof number !== 'string' || !/^\d{2,10}$/.test(number)) return null;
  if (typeof kind !== 'string' || !KINDS.has(kind) || !isRecord(label)) return null;
  const texts: Partial<Record<Locale, string>> = {};
  for (const locale of LABEL_LOCALES) {
    const text = label[locale];
    if (typeof text !== 'string' || text.trim() === '') return null;
    texts[locale] = text.slice(0, 120);
  }
  return { number, kind: kind as NumberKind, label: texts as Record<Locale, string> };
}

/**
 * The server's answer (or the kept copy), checked by hand (no validation library on the phone):
 * 1 to 8 well-formed entries, or nothing at all — a malformed list never hides the numbers.
 */
export function parseNumbers(value: unknown): readonly EmergencyNumber[] | null {
  if (!isRecord(value) || !Array.isArray(value['numbers'])) return null;
  const entries: unknown[] = value['numbers'];
  if (entries.length === 0 || entries.length > 8) return null;
  const parsed = entries.map(entryOf);
  return parsed.every((entry) => entry !== null) ? parsed : null;
}

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The last list fetched on this phone, if any (storage may be disabled or full). */
export function keptNumbers(
  storage: KeyValueStorage | undefined,
): readonly EmergencyNumber[] | null {
  try {
    const text = storage?.getItem(STORAGE_KEY);
    return text ? parseNumbers(JSON.parse(text)) : null;
  } catch {
    return null;
  }
}

export function keepNumbers(
  storage: KeyValueStorage | undefined,
  numbers: readonly EmergencyNumber[],
): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify({ numbers }));
  } catch {
    // Private mode or a full storage: the list is fetched again next time.
  }
}

/**
 * Asks the server for the current list. The HTTP cache (five minutes, then an ETag check) keeps
 * this to a few bytes; `null` when offline or when the answer is not a usable list.
 */
export async function fetchNumbers(
  fetchFn: (input: string, init?: RequestInit) => Promise<Response>,
): Promise<readonly EmergencyNumber[] | null> {
  try {
    const response = await fetchFn(NUMBERS_URL, { headers: { accept: 'application/json' } });
    return response.ok ? parseNumbers(await response.json()) : null;
  } catch {
    return null;
  }
}

/** The numbers of these kinds, in list order (the first calls after an urgent report). */
export function numbersOfKinds(
  numbers: readonly EmergencyNumber[],
  kinds: readonly NumberKind[],
): EmergencyNumber[] {
  return numbers.filter((entry) => kinds.includes(entry.kind));
}

/** The label to show: the administrators' one, or the app's own for a built-in number. */
export function labelOf(
  entry: EmergencyNumber,
  locale: Locale,
  builtIn: Readonly<Record<BuiltInKind, string>>,
): string {
  if (entry.label) return entry.label[locale];
  return entry.kind === 'other' ? entry.number : builtIn[entry.kind];
}
