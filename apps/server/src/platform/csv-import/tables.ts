// The import tables' shape lives with the schema; the shared machinery names it from here.
export {
  csvImportTables,
  type CsvImportTables,
  type ImportRowError,
  type ImportScope,
  type ImportState,
} from '../../db/schema/csv-imports.ts';
