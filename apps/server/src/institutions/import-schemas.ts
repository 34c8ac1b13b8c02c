import type { z } from 'zod';
import { importViewSchema as namedImportViewSchema } from '../platform/csv-import/schemas.ts';

export const importViewSchema = namedImportViewSchema('InstitutionImport', {
  created: 'New institutions created',
  updated: 'Existing institutions updated by their code',
});

export type ImportView = z.infer<typeof importViewSchema>;

/** The directory file's columns, as the upload's documentation lists them. */
export const IMPORT_COLUMNS_DOC =
  'Columns: code, name, type, agency, region, ' +
  'province, coverage, area_types, services, open_24_7, opening_hours, capacity_total, ' +
  'capacity_free, phone, email, address, focal_point_name, focal_point_role, ' +
  'focal_point_phone, focal_point_email (name, type, agency and region required).';
