import { describe, expect, it } from 'vitest';
import { messages } from '../../i18n/messages.ts';
import {
  headerProblemsInWords,
  HOURS_EXAMPLE,
  IMPORT_COLUMN_DOCS,
  progressPercent,
  rowProblemInWords,
} from './import-report.ts';

const t = messages.en;
const words = (field: string, issue: string) => rowProblemInWords({ row: 2, field, issue }, t);

describe('the import report', () => {
  it('says what is wrong with a cell in words the administrator can act on', () => {
    expect(words('name', 'required').text).toBe(t.issueRequired);
    expect(words('opening_hours', 'required').text).toBe(t.issueHoursRequired);
    expect(words('opening_hours', 'invalid_format')).toEqual({
      text: t.issueHours,
      example: HOURS_EXAMPLE,
    });
    expect(words('capacity_free', 'too_big').text).toBe(t.issueFreeAboveTotal);
    expect(words('capacity_total', 'invalid_format').text).toBe(t.issueNumber);
    expect(words('region', 'invalid_choice').text).toBe(t.issueRegion);
    expect(words('province', 'invalid_choice').text).toBe(t.issueProvince);
    expect(words('services', 'invalid_choice').text).toBe(t.issueNotCode);
    expect(words('code', 'invalid').text).toBe(t.issueCodeTaken);
    expect(words('*', 'too_big').text).toBe(t.issueExtraCells);
    expect(words('email', 'invalid_format').text).toBe(t.issueEmail);
    expect(words('open_24_7', 'invalid_format').text).toBe(t.issueYesNo);
    expect(words('name', 'something_new').text).toBe(t.issueOther);
    expect(words('opening_hours', 'invalid').text).toBe(t.issueHoursWith247);
    expect(words('name', 'invalid_format').text).toBe(t.issueInvisible);
    expect(words('focal_point_role', 'invalid_format').text).toBe(t.issueInvisible);
  });

  it('names each wrong column of a refused header', () => {
    expect(
      headerProblemsInWords(
        [
          { field: 'body.director', issue: 'unknown_field', message: 'Unknown field.' },
          { field: 'body.agency', issue: 'required', message: 'Required.' },
          { field: 'body.type', issue: 'invalid', message: 'Invalid.' },
          { field: 'body', issue: 'invalid_format', message: 'Bad.' },
        ],
        t,
      ),
    ).toEqual([
      t.importUnknownColumn('director'),
      t.importMissingColumn('agency'),
      t.importRepeatedColumn('type'),
      t.importUnreadable,
    ]);
  });

  it('documents every column the server reads, once', () => {
    const documented = IMPORT_COLUMN_DOCS.flatMap((doc) => doc.columns);
    expect(new Set(documented).size).toBe(documented.length);
    expect(documented).toHaveLength(20);
    for (const doc of IMPORT_COLUMN_DOCS) expect(typeof t[doc.meaning]).toBe('string');
  });

  it('turns progress into a share of the rows', () => {
    expect(progressPercent(0, 1000)).toBe(0);
    expect(progressPercent(410, 1000)).toBe(41);
    expect(progressPercent(1000, 1000)).toBe(100);
    expect(progressPercent(0, 0)).toBe(100);
  });
});
