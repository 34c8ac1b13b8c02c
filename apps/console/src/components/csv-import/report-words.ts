import type { FieldError } from '../../api/client.ts';
import type { Messages } from '../../i18n/messages.ts';
import type { ImportRowError } from './upload.ts';

/**
 * An import report in words: each refused cell's problem as the person can act on it (which
 * value, what to write instead), and a refused header's problems named by column. A catalogue
 * words its own columns' problems first (`specific`); the rest read the same for every file.
 */

export interface ProblemInWords {
  readonly text: string;
  /** A value to copy, shown as code after the text. */
  readonly example?: string;
}

/** A catalogue's own wording for a refused cell, or undefined for the shared one. */
export type SpecificWords = (error: ImportRowError) => ProblemInWords | undefined;

/** The catalogue's plain texts (not the functions). */
export type TextKey = {
  [K in keyof Messages]: Messages[K] extends string ? K : never;
}[keyof Messages];

/** One documented column group: what it holds, what it accepts. */
export interface ColumnDoc {
  readonly columns: readonly string[];
  readonly meaning: TextKey;
  readonly required?: boolean;
  readonly accepted?: readonly string[];
  readonly example?: string;
}

function formatProblem(field: string, t: Messages): ProblemInWords {
  if (field.includes('email')) return { text: t.issueEmail };
  if (field.includes('phone')) return { text: t.issuePhone };
  if (field === 'code') return { text: t.issueCodeFormat };
  // A text column refused for its format holds a control character (an invisible one).
  return { text: t.issueInvisible };
}

/** One refused cell, in words. */
export function rowProblemInWords(
  error: ImportRowError,
  t: Messages,
  specific?: SpecificWords,
): ProblemInWords {
  const own = specific?.(error);
  if (own !== undefined) return own;
  switch (error.issue) {
    case 'required':
      return { text: t.issueRequired };
    case 'too_small':
      return { text: t.issueTooShort };
    case 'too_big':
      return { text: error.field === '*' ? t.issueExtraCells : t.issueTooLong };
    case 'invalid_choice':
      if (error.field === 'region') return { text: t.issueRegion };
      if (error.field === 'province') return { text: t.issueProvince };
      return { text: t.issueNotCode };
    case 'invalid_format':
      return formatProblem(error.field, t);
    case 'invalid':
      return { text: error.field === 'code' ? t.issueCodeTaken : t.issueOther };
    default:
      return { text: t.issueOther };
  }
}

/**
 * A refused upload's header problems, one sentence each. The server names a column as
 * `body.<column>` (or `body` for the file as a whole).
 */
export function headerProblemsInWords(fields: readonly FieldError[], t: Messages): string[] {
  return fields.map((field) => {
    const column = field.field.startsWith('body.') ? field.field.slice('body.'.length) : '';
    if (column === '') return field.issue === 'required' ? t.importEmpty : t.importUnreadable;
    switch (field.issue) {
      case 'unknown_field':
        return t.importUnknownColumn(column);
      case 'required':
        return t.importMissingColumn(column);
      case 'invalid':
        return t.importRepeatedColumn(column);
      default:
        return field.message;
    }
  });
}

/** Share of the rows handled, 0–100 (an empty file is done at once). */
export function progressPercent(processed: number, total: number): number {
  if (total <= 0) return 100;
  return Math.min(100, Math.round((processed / total) * 100));
}
