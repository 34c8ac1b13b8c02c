import { describe, expect, it } from 'vitest';
import { rowProblemInWords } from '../../components/csv-import/report-words.ts';
import { messages } from '../../i18n/messages.ts';
import { catalogueWords, OPPORTUNITY_COLUMN_DOCS } from './import-columns.ts';

const t = messages.en;
const words = (field: string, issue: string) =>
  rowProblemInWords({ row: 2, field, issue }, t, (e) => catalogueWords(e, t));

describe('the catalogue import report', () => {
  it("words this file's own problems, and the rest as every import does", () => {
    expect(words('apply_by', 'invalid_format')).toEqual({
      text: t.oppIssueDate,
      example: '2026-12-01',
    });
    expect(words('starts_on', 'too_small').text).toBe(t.oppErrStartsBeforeDeadline);
    expect(words('max_age', 'too_small').text).toBe(t.oppIssueAges);
    expect(words('max_age', 'invalid_format').text).toBe(t.issueNumber);
    expect(words('childcare', 'invalid_format').text).toBe(t.issueYesNo);
    expect(words('provider', 'invalid_choice').text).toBe(t.oppIssueProvider);
    expect(words('code', 'invalid').text).toBe(t.oppIssueCode);
    expect(words('region', 'required').text).toBe(t.oppErrWhere);
    expect(words('kind', 'invalid_choice').text).toBe(t.issueNotCode);
    expect(words('title', 'too_small').text).toBe(t.issueTooShort);
    expect(words('email', 'invalid_format').text).toBe(t.issueEmail);
    expect(words('*', 'too_big').text).toBe(t.issueExtraCells);
  });

  it('documents every column the server reads, once', () => {
    const documented = OPPORTUNITY_COLUMN_DOCS.flatMap((doc) => doc.columns);
    expect(new Set(documented).size).toBe(documented.length);
    expect(documented).toHaveLength(24);
    for (const doc of OPPORTUNITY_COLUMN_DOCS) expect(typeof t[doc.meaning]).toBe('string');
  });
});
