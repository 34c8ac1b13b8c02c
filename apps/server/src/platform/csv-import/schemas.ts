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

/**
 * An import as its uploader follows it, named for its catalogue in the OpenAPI document
 * (`InstitutionImport`, `OpportunityImport`); `what` says what a row creates or updates.
 */
export function importViewSchema(id: string, what: { created: string; updated: string }) {
  return z
    .object({
      id: z.uuid(),
      state: z.enum(['pending', 'running', 'done', 'failed']),
      /** Data rows in the file (blank rows are not counted). */
      total: z.number().int(),
      /** Rows handled so far, refused rows included (those are refused at upload). */
      processed: z.number().int(),
      imported: z.number().int().meta({ description: what.created }),
      updated: z.number().int().meta({ description: what.updated }),
      errors: z
        .array(importErrorSchema)
        .optional()
        .meta({
          description:
            "The refused cells, by row then column: in the upload's answer (those found by the " +
            'row check) and once the import is `done` or `failed` (all of them); progress reads ' +
            'while it runs leave them out',
        }),
      createdAt: z.iso.datetime(),
      finishedAt: z.iso.datetime().nullable(),
    })
    .meta({ id });
}

/** What every import view holds, whichever catalogue it fills. */
export type ImportView = z.infer<ReturnType<typeof importViewSchema>>;

export const importIdParamsSchema = z.object({ id: z.uuid() });

/** The raw CSV text, UTF-8 (a byte-order mark is fine), documented with its columns. */
export const csvBodySchema = (columns: string) =>
  z.string().meta({
    description:
      'CSV in UTF-8 (another encoding is refused: 400 on `body`), first row the column names. ' +
      columns,
  });
