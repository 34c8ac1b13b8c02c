import { areaTypes, institutionTypes, serviceTypes } from '@sanad/core';
import type { ImportRowError } from '../../api/admin.ts';
import {
  rowProblemInWords as sharedWords,
  type ColumnDoc,
  type ProblemInWords,
} from '../../components/csv-import/report-words.ts';
import type { Messages } from '../../i18n/messages.ts';

/**
 * The directory file's report in words: its columns (the help) and its own columns' problems;
 * the rest reads as every import does (`components/csv-import/report-words.ts`).
 */

export {
  headerProblemsInWords,
  progressPercent,
} from '../../components/csv-import/report-words.ts';

/** The documented columns, in the file's usual order, with what each accepts. */
export const IMPORT_COLUMN_DOCS: readonly ColumnDoc[] = [
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

const NUMBER_COLUMNS = new Set(['capacity_total', 'capacity_free']);

/** The directory's own columns: hours, 24/7, places. */
export function directoryWords(error: ImportRowError, t: Messages): ProblemInWords | undefined {
  const { field, issue } = error;
  if (field === 'opening_hours') {
    if (issue === 'required') return { text: t.issueHoursRequired };
    if (issue === 'invalid_format') return { text: t.issueHours, example: HOURS_EXAMPLE };
    if (issue === 'invalid') return { text: t.issueHoursWith247 };
  }
  if (issue === 'invalid_format' && field === 'open_24_7') return { text: t.issueYesNo };
  if (issue === 'invalid_format' && NUMBER_COLUMNS.has(field)) return { text: t.issueNumber };
  if (issue === 'too_big' && field === 'capacity_free') return { text: t.issueFreeAboveTotal };
  return undefined;
}

/** One refused cell of the directory file, in words. */
export function rowProblemInWords(error: ImportRowError, t: Messages): ProblemInWords {
  return sharedWords(error, t, (e) => directoryWords(e, t));
}
