import { LOCALES } from '@sanad/core';
import type { ImportRowError } from '../../components/csv-import/upload.ts';
import type { ColumnDoc, ProblemInWords } from '../../components/csv-import/report-words.ts';
import type { Messages } from '../../i18n/messages.ts';
import { opportunityKinds, schoolingLevels } from './labels.ts';

/** The catalogue file's documented columns, in the file's usual order. */
export const OPPORTUNITY_COLUMN_DOCS: readonly ColumnDoc[] = [
  { columns: ['code'], meaning: 'oppImpColCode', required: true, example: 'ANAPEC-2026-014' },
  { columns: ['provider'], meaning: 'oppImpColProvider', example: 'ANAPEC-06' },
  { columns: ['kind'], meaning: 'oppImpColKind', required: true, accepted: opportunityKinds.codes },
  { columns: ['title'], meaning: 'oppImpColTitle', required: true },
  { columns: ['region', 'remote'], meaning: 'oppImpColRegion', example: '06' },
  { columns: ['provinces'], meaning: 'oppImpColProvinces', example: '141;371' },
  {
    columns: ['apply_by', 'starts_on', 'ends_on'],
    meaning: 'oppImpColDates',
    example: '2026-12-01 31/12/2026',
  },
  { columns: ['places'], meaning: 'oppImpColPlaces', example: '20' },
  { columns: ['min_age', 'max_age'], meaning: 'oppImpColAges', example: '18' },
  {
    columns: ['schooling_level'],
    meaning: 'oppImpColSchooling',
    accepted: schoolingLevels.codes,
  },
  {
    columns: ['literacy_required', 'childcare', 'transport', 'stipend'],
    meaning: 'oppImpColFlags',
    example: 'oui',
  },
  { columns: ['description', 'prerequisites'], meaning: 'oppImpColTexts' },
  { columns: ['languages'], meaning: 'oppImpColLanguages', accepted: LOCALES },
  { columns: ['phone', 'email', 'address'], meaning: 'oppImpColContact' },
];

const DATE_COLUMNS = new Set(['apply_by', 'starts_on', 'ends_on']);
const YES_NO_COLUMNS = new Set([
  'remote',
  'literacy_required',
  'childcare',
  'transport',
  'stipend',
]);
const NUMBER_COLUMNS = new Set(['places', 'min_age', 'max_age']);

/** The catalogue file's own columns' problems; the others read as every import's do. */
export function catalogueWords(error: ImportRowError, t: Messages): ProblemInWords | undefined {
  const { field, issue } = error;
  if (DATE_COLUMNS.has(field)) {
    if (issue === 'invalid_format') return { text: t.oppIssueDate, example: '2026-12-01' };
    if (field === 'starts_on') return { text: t.oppErrStartsBeforeDeadline };
    if (field === 'ends_on') return { text: t.oppErrEndsBeforeStart };
  }
  if (field === 'min_age' || field === 'max_age') {
    if (issue !== 'invalid_format') return { text: t.oppIssueAges };
  }
  if (issue === 'invalid_format' && YES_NO_COLUMNS.has(field)) return { text: t.issueYesNo };
  if (issue === 'invalid_format' && NUMBER_COLUMNS.has(field)) return { text: t.issueNumber };
  if (field === 'provider')
    return { text: issue === 'required' ? t.issueRequired : t.oppIssueProvider };
  if (field === 'code' && issue === 'invalid') return { text: t.oppIssueCode };
  if (field === 'provinces' && issue === 'invalid_choice') return { text: t.oppIssueProvinces };
  if (field === 'region' && issue === 'required') return { text: t.oppErrWhere };
  return undefined;
}
