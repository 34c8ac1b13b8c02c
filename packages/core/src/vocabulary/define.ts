import type { Locale, Localized } from '../i18n/locales.ts';

/**
 * A closed list of codes with a label in every language. Codes are stable identifiers stored in
 * the database and sent over the API; labels are for people and can change freely.
 */
export interface Vocabulary<Code extends string> {
  readonly name: string;
  readonly codes: readonly Code[];
  readonly labels: Readonly<Record<Code, Localized>>;
}

export function defineVocabulary<const Code extends string>(
  name: string,
  labels: Readonly<Record<Code, Localized>>,
): Vocabulary<Code> {
  return { name, codes: Object.keys(labels) as Code[], labels };
}

export function labelOf<Code extends string>(
  vocabulary: Vocabulary<Code>,
  code: Code,
  locale: Locale,
): string {
  return vocabulary.labels[code][locale];
}

/** The codes as a non-empty tuple, the shape `z.enum` expects. */
export function codesOf<Code extends string>(vocabulary: Vocabulary<Code>): [Code, ...Code[]] {
  const [first, ...rest] = vocabulary.codes;
  if (first === undefined) throw new Error(`vocabulary ${vocabulary.name} is empty`);
  return [first, ...rest];
}
