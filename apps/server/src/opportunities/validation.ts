import { findProvince, findRegion, type FieldIssue } from '@sanad/core';

/**
 * The rules across fields that a schema cannot say, the same for the form and the CSV file:
 * where it is held (at least somewhere, provinces within the region), dates in order (apply,
 * then start, then end), ages and places that make sense. Each problem names the field the
 * reader should change: the later date, the upper age, the places left.
 */

export interface OpportunityValues {
  readonly regionCode: string | null;
  readonly provinceCodes: readonly string[];
  readonly remote: boolean;
  readonly applyBy: string | null;
  readonly startsOn: string | null;
  readonly endsOn: string | null;
  readonly minAge: number | null;
  readonly maxAge: number | null;
  readonly placesTotal: number | null;
  /** Checked when given (a new offer); an edit adjusts them from the total. */
  readonly placesLeft?: number | null | undefined;
}

export type CheckedField =
  'regionCode' | 'provinceCodes' | 'applyBy' | 'startsOn' | 'endsOn' | 'maxAge' | 'placesLeft';

export interface ValueProblem {
  readonly field: CheckedField;
  /** The position in a list field (the province), when the problem is one item. */
  readonly index?: number;
  readonly issue: FieldIssue;
}

function placeProblems(values: OpportunityValues): ValueProblem[] {
  const problems: ValueProblem[] = [];
  const region = values.regionCode === null ? undefined : findRegion(values.regionCode);
  if (values.regionCode !== null && !region)
    problems.push({ field: 'regionCode', issue: 'invalid_choice' });
  values.provinceCodes.forEach((code, index) => {
    const province = findProvince(code);
    if (!province || (region && province.regionCode !== region.code))
      problems.push({ field: 'provinceCodes', index, issue: 'invalid_choice' });
  });
  // Provinces without their region, or nowhere at all (not even remote): the region is missing.
  const nowhere = values.regionCode === null && values.provinceCodes.length === 0;
  if (
    (values.regionCode === null && values.provinceCodes.length > 0) ||
    (nowhere && !values.remote)
  )
    problems.push({ field: 'regionCode', issue: 'required' });
  return problems;
}

function dateProblems(values: OpportunityValues): ValueProblem[] {
  const { applyBy, startsOn, endsOn } = values;
  const problems: ValueProblem[] = [];
  if (applyBy !== null && startsOn !== null && startsOn < applyBy)
    problems.push({ field: 'startsOn', issue: 'too_small' });
  if (startsOn !== null && endsOn !== null && endsOn < startsOn)
    problems.push({ field: 'endsOn', issue: 'too_small' });
  else if (startsOn === null && applyBy !== null && endsOn !== null && endsOn < applyBy)
    problems.push({ field: 'endsOn', issue: 'too_small' });
  return problems;
}

export function opportunityProblems(values: OpportunityValues): ValueProblem[] {
  const problems = [...placeProblems(values), ...dateProblems(values)];
  if (values.minAge !== null && values.maxAge !== null && values.maxAge < values.minAge)
    problems.push({ field: 'maxAge', issue: 'too_small' });
  const left = values.placesLeft;
  if (left !== undefined && left !== null) {
    if (values.placesTotal === null) problems.push({ field: 'placesLeft', issue: 'invalid' });
    else if (left > values.placesTotal) problems.push({ field: 'placesLeft', issue: 'too_big' });
  }
  return problems;
}

/**
 * The places left after the total changed from `before` to `after`: the places already taken
 * stay taken, so the places left move by the difference, never below zero. A total newly set
 * starts with every place free; no total, nothing counted.
 */
export function placesLeftAfter(
  before: { readonly placesTotal: number | null; readonly placesLeft: number | null },
  after: number | null,
): number | null {
  if (after === null) return null;
  if (before.placesTotal === null || before.placesLeft === null) return after;
  return Math.min(after, Math.max(0, before.placesLeft + after - before.placesTotal));
}
