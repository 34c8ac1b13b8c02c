import type { ApiClient } from '../../api/client.ts';
import { LOCALES, type Locale } from '../../i18n/locale.ts';

/** What a number reaches (the server's vocabulary); the survivor app picks its icon from it. */
export const NUMBER_KINDS = [
  'police',
  'gendarmerie',
  'civil_protection',
  'helpline',
  'other',
] as const;
export type NumberKind = (typeof NUMBER_KINDS)[number];

/** The server's limit: a list short enough to read in a hurry. */
export const MAX_NUMBERS = 8;

/** One number as the API sends it (`GET /admin/emergency-numbers`). */
export interface EmergencyNumberView {
  readonly id: string;
  readonly number: string;
  readonly kind: NumberKind;
  readonly label: Readonly<Record<Locale, string>>;
  readonly position: number;
}

/** One row of the form: texts as typed. `key` tells rows apart before they have an id. */
export interface DraftEntry {
  readonly key: string;
  readonly id?: string;
  readonly number: string;
  readonly kind: NumberKind;
  readonly label: Readonly<Record<Locale, string>>;
}

export async function loadEmergencyNumbers(
  api: ApiClient,
  signal?: AbortSignal,
): Promise<EmergencyNumberView[]> {
  const { numbers } = await api.get<{ numbers: EmergencyNumberView[] }>(
    '/admin/emergency-numbers',
    { signal },
  );
  return numbers;
}

/** Replaces the whole list (audited by the server); answers the list as stored. */
export async function saveEmergencyNumbers(
  api: ApiClient,
  entries: readonly DraftEntry[],
): Promise<EmergencyNumberView[]> {
  const { numbers } = await api.put<{ numbers: EmergencyNumberView[] }>(
    '/admin/emergency-numbers',
    { body: bodyOf(entries) },
  );
  return numbers;
}

let nextKey = 0;
const newKey = () => `new-${String((nextKey += 1))}`;

export function draftOf(numbers: readonly EmergencyNumberView[]): DraftEntry[] {
  return numbers.map(({ id, number, kind, label }) => ({ key: id, id, number, kind, label }));
}

export function emptyEntry(): DraftEntry {
  return { key: newKey(), number: '', kind: 'other', label: { ar: '', fr: '', zgh: '', en: '' } };
}

/** The request body: spaces typed inside a number are dropped, labels trimmed. */
export function bodyOf(entries: readonly DraftEntry[]) {
  return {
    numbers: entries.map((entry) => ({
      ...(entry.id !== undefined ? { id: entry.id } : {}),
      number: entry.number.replace(/\s+/g, ''),
      kind: entry.kind,
      label: {
        ar: entry.label.ar.trim(),
        fr: entry.label.fr.trim(),
        zgh: entry.label.zgh.trim(),
        en: entry.label.en.trim(),
      },
    })),
  };
}

/** The texts of the checks made before sending (the server makes the same ones). */
export interface CheckMessages {
  readonly fieldRequired: string;
  readonly numberFormat: string;
  readonly numberRepeated: string;
}

/**
 * The problems the server would refuse, found before sending, keyed like the server's field
 * names (`numbers.0.number`, `numbers.2.label.zgh`) so both show in the same place.
 */
export function checkEntries(
  entries: readonly DraftEntry[],
  messages: CheckMessages,
): Record<string, string> {
  const problems: Record<string, string> = {};
  const seen = new Set<string>();
  bodyOf(entries).numbers.forEach((entry, index) => {
    const at = `numbers.${String(index)}`;
    if (entry.number === '') problems[`${at}.number`] = messages.fieldRequired;
    else if (!/^\d{2,10}$/.test(entry.number)) problems[`${at}.number`] = messages.numberFormat;
    else if (seen.has(entry.number)) problems[`${at}.number`] = messages.numberRepeated;
    seen.add(entry.number);
    for (const locale of LOCALES) {
      if (entry.label[locale] === '') problems[`${at}.label.${locale}`] = messages.fieldRequired;
    }
  });
  return problems;
}

/** The list with one entry moved by `step` (−1 up, +1 down); unchanged at either end. */
export function moved<T>(list: readonly T[], index: number, step: -1 | 1): T[] {
  const target = index + step;
  const copy = [...list];
  const [item] = copy.splice(index, 1);
  if (item === undefined || target < 0 || target > list.length - 1) return [...list];
  copy.splice(target, 0, item);
  return copy;
}
