import type { FieldIssue } from '@sanad/core';
import { z } from 'zod';

/**
 * Reading the cells of one CSV row as a spreadsheet writes them: text with a length, counts,
 * codes from a vocabulary (one, or a list), yes/no, dates, phone numbers and e-mail addresses.
 * Every reader reports what it cannot read under its column and carries on, so one row's
 * report names all of its wrong cells at once.
 */

/** One refused cell of a row, before it is given the row's number. */
export interface CellProblem<C extends string = string> {
  readonly field: C;
  readonly issue: FieldIssue;
}

/**
 * C0 and C1 control characters, DEL included. Tab and line breaks stay allowed: a quoted cell
 * may hold an address on two lines.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** A phone number as institutions write theirs: digits, spaces, `+ ( ) . -`. */
export const PHONE_PATTERN = /^\+?[0-9][0-9 ().-]{2,38}$/;
const email = z.email().max(254);

export const isPhone = (value: string): boolean => PHONE_PATTERN.test(value);
export const isEmail = (value: string): boolean => email.safeParse(value).success;

/** A list cell: `141;181`, `141|181` or `141, 181`. */
export const listOf = (cell: string): string[] =>
  cell
    .split(/[;|,\s]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');

/** Spreadsheets drop leading zeros: `6` is region `06`, `81` is province `081`. */
export const padded = (code: string, width: number): string =>
  /^\d+$/.test(code) ? code.padStart(width, '0') : code;

const YES = new Set(['yes', 'y', 'true', '1', 'oui', 'o', 'نعم', '24/7']);
const NO = new Set(['no', 'n', 'false', '0', 'non', 'لا', '']);

/** `2026-12-01`, or `01/12/2026` as a French spreadsheet shows it. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const FRENCH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** The calendar date a cell names, as `YYYY-MM-DD`, or undefined when it names none. */
export function dateOf(cell: string): string | undefined {
  const iso = ISO_DATE.exec(cell);
  const french = iso ? null : FRENCH_DATE.exec(cell);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : french
      ? [french[3], french[2], french[1]]
      : [];
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const text = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  // 2026-02-30 is not a day: the date must read back as written.
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === text
    ? text
    : undefined;
}

/** The readers of one row; each reports under its column and returns a usable value. */
export interface CellReader<C extends string> {
  /** The trimmed cell, '' when empty or when the file has no such column. */
  readonly cell: (column: C) => string;
  readonly flag: (column: C, issue: FieldIssue) => void;
  /** Whether a problem is already reported under the column. */
  readonly flagged: (column: C) => boolean;
  /** A required text of `min` to `max` characters. */
  readonly text: (column: C, min: number, max: number) => string;
  /** An optional text of at most `max` characters, in a format if one is given. */
  readonly optional: (
    column: C,
    max: number,
    format?: (value: string) => boolean,
  ) => string | undefined;
  /** A whole number from 0 to `max`; null when empty. */
  readonly count: (column: C, max: number) => number | null;
  /** One code of `allowed`, any case; null when empty. */
  readonly choice: <V extends string>(column: C, allowed: readonly V[]) => V | null;
  /** Several codes of `allowed`, any case, each once. */
  readonly choices: <V extends string>(column: C, allowed: readonly V[]) => V[];
  /** Yes or no in the words people type (an empty cell is no); null when unreadable. */
  readonly yesNo: (column: C) => boolean | null;
  /** A calendar date (`YYYY-MM-DD` or `DD/MM/YYYY`); null when empty. */
  readonly date: (column: C) => string | null;
  /** Names each column holding an invisible control character, unless already named. */
  readonly checkControlCharacters: (columns: readonly C[]) => void;
  readonly problems: readonly CellProblem<C>[];
}

export function cellReader<C extends string>(
  cells: Readonly<Partial<Record<C, string>>>,
): CellReader<C> {
  const problems: CellProblem<C>[] = [];
  const flag = (field: C, issue: FieldIssue): void => {
    problems.push({ field, issue });
  };
  const cell = (column: C): string => cells[column] ?? '';
  return {
    problems,
    cell,
    flag,
    flagged: (column) => problems.some((p) => p.field === column),
    text(column, min, max) {
      const value = cell(column);
      if (value === '') flag(column, 'required');
      else if (value.length < min) flag(column, 'too_small');
      else if (value.length > max) flag(column, 'too_big');
      return value;
    },
    optional(column, max, format) {
      const value = cell(column);
      if (value === '') return undefined;
      if (value.length > max) flag(column, 'too_big');
      else if (format && !format(value)) flag(column, 'invalid_format');
      return value;
    },
    count(column, max) {
      const value = cell(column);
      if (value === '') return null;
      if (!/^\d+$/.test(value)) {
        flag(column, 'invalid_format');
        return null;
      }
      const n = Number(value);
      if (n > max) flag(column, 'too_big');
      return n;
    },
    choice(column, allowed) {
      const value = cell(column).toLowerCase();
      if (value === '') return null;
      if ((allowed as readonly string[]).includes(value)) return value as (typeof allowed)[number];
      flag(column, 'invalid_choice');
      return null;
    },
    choices(column, allowed) {
      const values = listOf(cell(column).toLowerCase());
      if (values.some((v) => !(allowed as readonly string[]).includes(v))) {
        flag(column, 'invalid_choice');
        return [];
      }
      return [...new Set(values as (typeof allowed)[number][])];
    },
    yesNo(column) {
      const value = cell(column).toLowerCase();
      if (YES.has(value)) return true;
      if (NO.has(value)) return false;
      flag(column, 'invalid_format');
      return null;
    },
    date(column) {
      const value = cell(column);
      if (value === '') return null;
      const read = dateOf(value);
      if (read === undefined) flag(column, 'invalid_format');
      return read ?? null;
    },
    checkControlCharacters(columns) {
      // A control character (a NUL pasted from another program, a form feed) is invisible in a
      // spreadsheet and cannot be stored: the cell is named, unless something else already is.
      for (const column of columns) {
        if (CONTROL_CHARACTER.test(cell(column)) && !problems.some((p) => p.field === column))
          flag(column, 'invalid_format');
      }
    },
  };
}
