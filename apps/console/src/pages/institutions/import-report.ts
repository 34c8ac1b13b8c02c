import { areaTypes, institutionTypes, serviceTypes } from '@sanad/core';
import type { ImportRowError } from '../../api/admin.ts';
import type { FieldError } from '../../api/client.ts';
import type { InstitutionImportColumnsMessages } from '../../i18n/catalogue/institution-import-columns.ts';
import type { InstitutionImportMessages } from '../../i18n/catalogue/institution-import.ts';

/** The texts an import report is worded with. */
type ImportTexts = InstitutionImportMessages & InstitutionImportColumnsMessages;

/**
 * The import's report in words: each refused cell's problem as the administrator can act on it
 * (which value, what to write instead), and the header's problems named by column.
 */

/** The catalogue's plain texts (not the functions). */
type TextKey = {
  [K in keyof ImportTexts]: ImportTexts[K] extends string ? K : never;
}[keyof ImportTexts];

/** The documented columns, in the file's usual order, with what each accepts. */
export const IMPORT_COLUMN_DOCS: readonly {
  readonly columns: readonly string[];
  readonly meaning: TextKey;
  readonly required?: boolean;
  readonly accepted?: readonly string[];
  readonly example?: string;
}[] = [
  { columns: ['code'], meaning: 'importColCode', example: 'EMF-06-CASA' },
  { columns: ['name'], meaning: 'importColName', required: true },
  { columns: ['type'], meaning: 'importColType', required: true, accepted: institutionTypes.codes },
  { columns: ['agency'], meaning: 'importColAgency', required: true },
  { columns: ['region'], meaning: 'importColRegion', required: true, example: '06' },
  { columns: ['province'], meaning: 'importColProvince', example: '141' },
  { columns: ['coverage'], meaning: 'importColCoverage', example: '141;181;461' },
  { columns: ['area_types'], meaning: 'importColAreaTypes', accepted: areaTypes.codes },
  { columns: ['services'], meaning: 'importColServices', accepted: serviceTypes.codes },
  { columns: ['open_24_7'], meaning: 'importColOpen247', example: 'yes' },
  {
    columns: ['opening_hours'],
    meaning: 'importColOpeningHours',
    example: 'mon-thu 08:30-16:30; fri 08:30-11:30, 15:00-16:30; sat 09:00-12:00',
  },
  { columns: ['capacity_total'], meaning: 'importColCapacityTotal', example: '24' },
  { columns: ['capacity_free'], meaning: 'importColCapacityFree', example: '3' },
  { columns: ['phone', 'email', 'address'], meaning: 'importColContact' },
  {
    columns: ['focal_point_name', 'focal_point_role', 'focal_point_phone', 'focal_point_email'],
    meaning: 'importColFocalPoint',
  },
];

/** The hours' example shown next to an unreadable schedule. */
export const HOURS_EXAMPLE = 'mon-fri 08:30-16:30; sat 09:00-12:00';

export interface ProblemInWords {
  readonly text: string;
  /** A value to copy, shown as code after the text. */
  readonly example?: string;
}

const CODE_COLUMNS = new Set(['type', 'coverage', 'area_types', 'services']);
const NUMBER_COLUMNS = new Set(['capacity_total', 'capacity_free']);

function formatProblem(field: string, t: ImportTexts): ProblemInWords {
  if (field === 'opening_hours') return { text: t.issueHours, example: HOURS_EXAMPLE };
  if (field === 'open_24_7') return { text: t.issueYesNo };
  if (NUMBER_COLUMNS.has(field)) return { text: t.issueNumber };
  if (field === 'email' || field === 'focal_point_email') return { text: t.issueEmail };
  if (field === 'phone' || field === 'focal_point_phone') return { text: t.issuePhone };
  if (field === 'code') return { text: t.issueCodeFormat };
  // A text column refused for its format holds a control character (an invisible one).
  return { text: t.issueInvisible };
}

/** One refused cell, in words. */
export function rowProblemInWords(error: ImportRowError, t: ImportTexts): ProblemInWords {
  switch (error.issue) {
    case 'required':
      return { text: error.field === 'opening_hours' ? t.issueHoursRequired : t.issueRequired };
    case 'too_small':
      return { text: t.issueTooShort };
    case 'too_big':
      if (error.field === '*') return { text: t.issueExtraCells };
      if (error.field === 'capacity_free') return { text: t.issueFreeAboveTotal };
      return { text: t.issueTooLong };
    case 'invalid_choice':
      if (error.field === 'region') return { text: t.issueRegion };
      if (error.field === 'province') return { text: t.issueProvince };
      if (CODE_COLUMNS.has(error.field)) return { text: t.issueNotCode };
      return { text: t.issueOther };
    case 'invalid_format':
      return formatProblem(error.field, t);
    case 'invalid':
      if (error.field === 'code') return { text: t.issueCodeTaken };
      if (error.field === 'opening_hours') return { text: t.issueHoursWith247 };
      return { text: t.issueOther };
    default:
      return { text: t.issueOther };
  }
}

/**
 * A refused upload's header problems, one sentence each. The server names a column as
 * `body.<column>` (or `body` for the file as a whole).
 */
export function headerProblemsInWords(fields: readonly FieldError[], t: ImportTexts): string[] {
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
