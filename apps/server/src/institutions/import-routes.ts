import { csvImportRoutes } from '../platform/csv-import/routes.ts';
import { importViewFor, startInstitutionImport } from './import-start.ts';
import { IMPORT_COLUMNS_DOC, importViewSchema } from './import-schemas.ts';

/** The directory's CSV import, for administrators. */
export const institutionImportRoutes = csvImportRoutes({
  path: '/admin/institutions/imports',
  action: 'institution.import',
  tags: ['administration'],
  summary: 'Import institutions from a CSV file',
  description:
    'Checks every row, then writes the good ones in the background (`directory.import` ' +
    'job); a row whose `code` exists updates that institution. Follow the progress with ' +
    '`GET /admin/institutions/imports/{id}`.',
  columns: IMPORT_COLUMNS_DOC,
  view: importViewSchema,
  start: startInstitutionImport,
  find: importViewFor,
});
