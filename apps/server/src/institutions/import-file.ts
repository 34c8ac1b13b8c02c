import { readCsvFile, type CsvFile } from '../platform/csv-import/file.ts';
import { IMPORT_COLUMNS, REQUIRED_COLUMNS, type ImportColumn } from './import-row.ts';

/** The directory file's data rows, numbered as a spreadsheet shows them. */
export type ImportFile = CsvFile<ImportColumn>;

/** The directory file's columns, and those it must have. */
export const DIRECTORY_LAYOUT = { columns: IMPORT_COLUMNS, required: REQUIRED_COLUMNS } as const;

/**
 * Reads an uploaded directory CSV: UTF-8 only, the header checked against the directory's
 * columns, the data rows with their spreadsheet row numbers (see `readCsvFile`).
 */
export function readImportFile(text: string): ImportFile {
  return readCsvFile(text, DIRECTORY_LAYOUT);
}
