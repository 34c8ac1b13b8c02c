import type { CaseStatus, UrgencyLevel } from '@sanad/core';
import type { CaseSearchCriteria } from '../../api/case-types.ts';
import { fromLocalInput } from '../../helpline-format.ts';

/** The search form as typed: every field a string, '' for "any". */
export interface SearchDraft {
  readonly trackingCode: string;
  readonly reference: string;
  readonly phone: string;
  readonly status: CaseStatus | '';
  readonly urgency: UrgencyLevel | '';
  readonly provinceCode: string;
  /** `YYYY-MM-DD`, from the start of that day (her browser's time zone). */
  readonly from: string;
  /** `YYYY-MM-DD`, to the end of that day. */
  readonly to: string;
}

export const EMPTY_SEARCH: SearchDraft = {
  trackingCode: '',
  reference: '',
  phone: '',
  status: '',
  urgency: '',
  provinceCode: '',
  from: '',
  to: '',
};

/** Only the fields filled in are sent; dates become the moments that bound the days. */
export function criteriaOf(draft: SearchDraft): CaseSearchCriteria {
  const text = (value: string) => value.trim();
  const from = draft.from === '' ? undefined : fromLocalInput(`${draft.from}T00:00`);
  const to = draft.to === '' ? undefined : fromLocalInput(`${draft.to}T23:59:59`);
  return {
    ...(text(draft.trackingCode) === ''
      ? {}
      : { trackingCode: text(draft.trackingCode).toUpperCase() }),
    ...(text(draft.reference) === '' ? {} : { reference: text(draft.reference) }),
    ...(text(draft.phone) === '' ? {} : { phone: text(draft.phone) }),
    ...(draft.status === '' ? {} : { status: draft.status }),
    ...(draft.urgency === '' ? {} : { urgency: draft.urgency }),
    ...(draft.provinceCode === '' ? {} : { provinceCode: draft.provinceCode }),
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
  };
}

export const isEmptySearch = (criteria: CaseSearchCriteria): boolean =>
  Object.keys(criteria).length === 0;
