import type { AreaType, ContactChannel, ServiceType, UrgencyLevel } from '@sanad/core';
import type { RequestInput } from '../../api/referral-types.ts';

/** The request form as typed by a competent body registering a woman it is seeing. */
export interface RequestDraft {
  readonly urgency: UrgencyLevel | '';
  readonly provinceCode: string;
  readonly areaType: AreaType | '';
  readonly services: readonly ServiceType[];
  readonly firstName: string;
  readonly phone: string;
  readonly summary: string;
  readonly consentChannel: ContactChannel;
  /** She agrees to be helped through Sanad: without it, nothing is registered. */
  readonly careConsent: boolean;
}

export const FIRST_NAME_MAX = 80;
export const SUMMARY_MAX = 2000;

/** She is usually in front of them: the consent channel starts as a walk-in. */
export function emptyRequestDraft(provinceCode: string | undefined): RequestDraft {
  return {
    urgency: '',
    provinceCode: provinceCode ?? '',
    areaType: '',
    services: [],
    firstName: '',
    phone: '',
    summary: '',
    consentChannel: 'walk_in',
    careConsent: false,
  };
}

export type RequestField =
  'urgency' | 'provinceCode' | 'services' | 'firstName' | 'summary' | 'careConsent';

export type RequestCheck =
  | { readonly ok: true; readonly input: RequestInput }
  | {
      readonly ok: false;
      readonly problems: Partial<Record<RequestField, 'required' | 'too_long'>>;
    };

/** The body of `POST /institution/requests`: what is left empty is not sent. */
export function requestInputOf(draft: RequestDraft): RequestCheck {
  const problems: Partial<Record<RequestField, 'required' | 'too_long'>> = {};
  const firstName = draft.firstName.trim();
  const phone = draft.phone.trim();
  const summary = draft.summary.trim();
  if (draft.urgency === '') problems.urgency = 'required';
  if (draft.provinceCode === '') problems.provinceCode = 'required';
  if (draft.services.length === 0) problems.services = 'required';
  if (firstName.length > FIRST_NAME_MAX) problems.firstName = 'too_long';
  if (summary.length > SUMMARY_MAX) problems.summary = 'too_long';
  if (!draft.careConsent) problems.careConsent = 'required';
  if (draft.urgency === '' || Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    input: {
      urgency: draft.urgency,
      provinceCode: draft.provinceCode,
      ...(draft.areaType === '' ? {} : { areaType: draft.areaType }),
      services: [...draft.services],
      ...(firstName === '' ? {} : { firstName }),
      ...(phone === '' ? {} : { phone }),
      ...(summary === '' ? {} : { summary }),
      consentChannel: draft.consentChannel,
      careConsent: true,
    },
  };
}
