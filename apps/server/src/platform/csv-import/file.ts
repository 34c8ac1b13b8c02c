import { parse } from 'csv-parse/sync';
import { AppError, invalidField, type FieldProblem } from '../errors.ts';

/** One data row of the file, numbered as a spreadsheet shows it (the header is row 1). */
export interface FileRow<C extends string> {
  readonly row: number;
  readonly cells: Readonly<Partial<Record<C, string>>>;
  /** A filled cell under no column: the row cannot be read safely. */
  readonly overflow: boolean;
}

export interface CsvFile<C extends string> {
  readonly columns: readonly C[];
  readonly rows: readonly FileRow<C>[];
}

/** The columns a catalogue's file may have, and those it must have. */
export interface CsvLayout<C extends string> {
  readonly columns: readonly C[];
  readonly required: readonly C[];
}

/** What a UTF-8 decoder puts in place of bytes that are not UTF-8. */
const REPLACEMENT_CHARACTER = '\uFFFD';

/** `Area Types` and `area-types` are the column `area_types`. */
const columnName = (header: string): string =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/**
 * Spreadsheets in French (Morocco's office default) save CSV with `;` between cells, others with
 * `,`: the header row says which, since no column name contains either.
 */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => firstLine.split(c).length - 1;
  const candidates = [',', ';', '\t'];
  return candidates.reduce((best, c) => (count(c) > count(best) ? c : best), ',');
}

function records(text: string): string[][] {
  try {
    return parse(text, {
      bom: true,
      delimiter: delimiterOf(text.replace(/^\uFEFF/, '')),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    });
  } catch {
    // An unclosed quote or a similar break: the file itself is unreadable, not one row.
    throw invalidField('body', 'invalid_format');
  }
}

/** Names every header problem at once: unknown, repeated and missing required columns. */
function checkHeader<C extends string>(header: readonly string[], layout: CsvLayout<C>): C[] {
  const isColumn = (name: string): name is C =>
    (layout.columns as readonly string[]).includes(name);
  const problems: FieldProblem[] = [];
  const columns: C[] = [];
  for (const raw of header) {
    const name = columnName(raw);
    if (name === '') continue;
    if (!isColumn(name)) problems.push({ field: `body.${name}`, issue: 'unknown_field' });
    else if (columns.includes(name)) problems.push({ field: `body.${name}`, issue: 'invalid' });
    else columns.push(name);
  }
  for (const required of layout.required) {
    if (!columns.includes(required))
      problems.push({ field: `body.${required}`, issue: 'required' });
  }
  if (problems.length > 0) throw new AppError('validation_failed', { fields: problems });
  return columns;
}

/**
 * Reads an uploaded CSV: refuses a file that is not UTF-8 (400 on `body`), checks the header
 * against the layout (400 naming each wrong column) and returns the data rows, trimmed, with
 * their spreadsheet row numbers. Blank rows are skipped but still counted in the numbering, as
 * a spreadsheet shows them.
 */
export function readCsvFile<C extends string>(text: string, layout: CsvLayout<C>): CsvFile<C> {
  // The body is read as UTF-8: a file saved in another encoding (Windows-1252, "CSV" rather than
  // "CSV UTF-8" in a spreadsheet) arrives with each accented letter replaced by U+FFFD. Stored,
  // it would corrupt names for good, so the whole file is refused.
  if (text.includes(REPLACEMENT_CHARACTER)) throw invalidField('body', 'invalid_format');
  const [header, ...data] = records(text);
  if (header === undefined || header.every((cell) => cell.trim() === ''))
    throw invalidField('body', 'required');
  const columns = checkHeader(header, layout);
  const known = new Set<string>(columns);
  const positions = header.map(columnName);
  const rows: FileRow<C>[] = [];
  data.forEach((record, index) => {
    if (record.every((cell) => cell.trim() === '')) return;
    const cells: Partial<Record<C, string>> = {};
    let overflow = false;
    record.forEach((value, position) => {
      const name = positions[position];
      const trimmed = value.trim();
      if (name !== undefined && known.has(name)) cells[name as C] = trimmed;
      // A cell under no column (past the header, or under a blank header cell) is not dropped
      // silently: the row is refused, so a shifted row never lands in the wrong fields.
      else if (trimmed !== '') overflow = true;
    });
    // A column the header has but this (shorter) row lacks reads as an empty cell.
    for (const name of columns) cells[name] ??= '';
    rows.push({ row: index + 2, cells, overflow });
  });
  return { columns, rows };
}
