import { FIELD_ISSUES, type FieldIssue } from '@sanad/core';
import { z } from 'zod';

const FIELD_ISSUE_CODES = Object.keys(FIELD_ISSUES) as [FieldIssue, ...FieldIssue[]];

export const importErrorSchema = z
  .object({
    row: z.number().int().min(2).meta({
      description: 'The row as a spreadsheet numbers it: the header is row 1, the first data row 2',
    }),
    field: z.string().meta({
      description: 'The column (header name, lower case); `*` for the row as a whole',
    }),
    issue: z.enum(FIELD_ISSUE_CODES),
  })
  .meta({ id: 'ImportRowError' });

export const importViewSchema = z
  .object({
    id: z.uuid(),
    state: z.enum(['pending', 'running', 'done', 'failed']),
    /** Data rows in the file (blank rows are not counted). */
    total: z.number().int(),
    /** Rows handled so far, refused rows included (those are refused at upload). */
    processed: z.number().int(),
    imported: z.number().int().meta({ description: 'New institutions created' }),
    updated: z.number().int().meta({ description: 'Existing institutions updated by their code' }),
    errors: z
      .array(importErrorSchema)
      .optional()
      .meta({
        description:
          "The refused cells, by row then column: in the upload's answer (those found by the row " +
          'check) and once the import is `done` or `failed` (all of them); progress reads while ' +
          'it runs leave them out',
      }),
    createdAt: z.iso.datetime(),
    finishedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'InstitutionImport' });

export type ImportView = z.infer<typeof importViewSchema>;

export const importResponseSchema = z.object({ import: importViewSchema });
export const importIdParamsSchema = z.object({ id: z.uuid() });

/** The raw CSV text, UTF-8 (a byte-order mark is fine). */
export const importBodySchema = z.string().meta({
  description:
    'CSV in UTF-8 (another encoding is refused: 400 on `body`), first row the column names. ' +
    'Columns: code, name, type, agency, region, ' +
    'province, coverage, area_types, services, open_24_7, opening_hours, capacity_total, ' +
    'capacity_free, phone, email, address, focal_point_name, focal_point_role, ' +
    'focal_point_phone, focal_point_email (name, type, agency and region required).',
});
