import type { Locale, OpportunityKind, SchoolingLevel } from '@sanad/core';
import type { FieldError } from '../../api/client.ts';
import type { Messages } from '../../i18n/messages.ts';
import type { Opportunity, OpportunityInput } from './api.ts';

/** The opportunity form as typed: numbers and dates as the inputs hold them. */
export interface OpportunityDraft {
  readonly providerId: string;
  readonly code: string;
  readonly kind: OpportunityKind | '';
  readonly title: string;
  readonly description: string;
  readonly regionCode: string;
  readonly provinceCodes: readonly string[];
  readonly remote: boolean;
  readonly applyBy: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly placesTotal: string;
  readonly minAge: string;
  readonly maxAge: string;
  readonly schoolingLevel: SchoolingLevel | '';
  readonly literacyRequired: boolean;
  readonly prerequisites: string;
  readonly childcare: boolean;
  readonly transport: boolean;
  readonly stipend: boolean;
  readonly languages: readonly Locale[];
  readonly phone: string;
  readonly email: string;
  readonly address: string;
}

const text = (value: number | string | null | undefined): string =>
  value === null || value === undefined ? '' : String(value);

export function opportunityDraftOf(opportunity: Opportunity | undefined): OpportunityDraft {
  const o = opportunity;
  return {
    providerId: o?.provider.id ?? '',
    code: o?.code ?? '',
    kind: o?.kind ?? '',
    title: o?.title ?? '',
    description: o?.description ?? '',
    regionCode: o?.regionCode ?? '',
    provinceCodes: o?.provinceCodes ?? [],
    remote: o?.remote ?? false,
    applyBy: o?.applyBy ?? '',
    startsOn: o?.startsOn ?? '',
    endsOn: o?.endsOn ?? '',
    placesTotal: text(o?.placesTotal),
    minAge: text(o?.eligibility.minAge),
    maxAge: text(o?.eligibility.maxAge),
    schoolingLevel: o?.eligibility.schoolingLevel ?? '',
    literacyRequired: o?.eligibility.literacyRequired ?? false,
    prerequisites: o?.eligibility.prerequisites ?? '',
    childcare: o?.conditions.childcare ?? false,
    transport: o?.conditions.transport ?? false,
    stipend: o?.conditions.stipend ?? false,
    languages: o?.languages ?? [],
    phone: o?.contact.phone ?? '',
    email: o?.contact.email ?? '',
    address: o?.contact.address ?? '',
  };
}

export type DraftCheck =
  | { readonly ok: true; readonly input: OpportunityInput; readonly providerId: string | null }
  /** Messages keyed by the form's field names, as the server would name them. */
  | { readonly ok: false; readonly fields: Readonly<Record<string, string>> };

const WHOLE = /^\d+$/;

/**
 * Checks what the server would refuse, with words that say what to change, and builds what is
 * sent. `needsProvider`: an admin names the provider; a provider's staff add to their own.
 */
export function checkOpportunityDraft(
  draft: OpportunityDraft,
  t: Messages,
  needsProvider: boolean,
): DraftCheck {
  const fields: Record<string, string> = {};
  const number = (value: string, field: string, message: string, min: number, max: number) => {
    const trimmed = value.trim();
    if (trimmed === '') return null;
    const n = Number(trimmed);
    if (!WHOLE.test(trimmed) || n < min || n > max) fields[field] = message;
    return n;
  };
  if (needsProvider && draft.providerId === '') fields['providerId'] = t.fieldRequired;
  if (draft.kind === '') fields['kind'] = t.fieldRequired;
  const title = draft.title.trim();
  if (title.length < 3 || title.length > 200) fields['title'] = t.oppErrTitle;
  if (draft.regionCode === '' && !draft.remote) fields['regionCode'] = t.oppErrWhere;
  const placesTotal = number(draft.placesTotal, 'placesTotal', t.oppErrPlaces, 0, 100_000);
  const minAge = number(draft.minAge, 'eligibility.minAge', t.oppErrAge, 14, 99);
  const maxAge = number(draft.maxAge, 'eligibility.maxAge', t.oppErrAge, 14, 99);
  if (minAge !== null && maxAge !== null && maxAge < minAge)
    fields['eligibility.maxAge'] ??= t.oppErrMaxBelowMin;
  const { applyBy, startsOn, endsOn } = draft;
  if (applyBy !== '' && startsOn !== '' && startsOn < applyBy)
    fields['startsOn'] = t.oppErrStartsBeforeDeadline;
  if (startsOn !== '' && endsOn !== '' && endsOn < startsOn)
    fields['endsOn'] = t.oppErrEndsBeforeStart;
  if (Object.keys(fields).length > 0 || draft.kind === '') return { ok: false, fields };

  const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
  const phone = optional(draft.phone);
  const email = optional(draft.email);
  const address = optional(draft.address);
  return {
    ok: true,
    providerId: draft.providerId === '' ? null : draft.providerId,
    input: {
      code: optional(draft.code) ?? null,
      kind: draft.kind,
      title,
      description: draft.description.trim(),
      regionCode: draft.regionCode === '' ? null : draft.regionCode,
      // Provinces belong to their region: none without one.
      provinceCodes: draft.regionCode === '' ? [] : [...draft.provinceCodes],
      remote: draft.remote,
      applyBy: applyBy === '' ? null : applyBy,
      startsOn: startsOn === '' ? null : startsOn,
      endsOn: endsOn === '' ? null : endsOn,
      placesTotal,
      eligibility: {
        minAge,
        maxAge,
        schoolingLevel: draft.schoolingLevel === '' ? null : draft.schoolingLevel,
        literacyRequired: draft.literacyRequired,
        prerequisites: draft.prerequisites.trim(),
      },
      conditions: {
        childcare: draft.childcare,
        transport: draft.transport,
        stipend: draft.stipend,
      },
      languages: [...draft.languages],
      contact: {
        ...(phone !== undefined ? { phone } : {}),
        ...(email !== undefined ? { email } : {}),
        ...(address !== undefined ? { address } : {}),
      },
    },
  };
}

/** The server's words for a field, made specific where the form knows what was meant. */
const SPECIFIC: Readonly<Record<string, (t: Messages) => string>> = {
  'regionCode:required': (t) => t.oppErrWhere,
  'provinceCodes:invalid_choice': (t) => t.oppErrProvince,
  'startsOn:too_small': (t) => t.oppErrStartsBeforeDeadline,
  'endsOn:too_small': (t) => t.oppErrEndsBeforeStart,
  'eligibility.maxAge:too_small': (t) => t.oppErrMaxBelowMin,
};

/**
 * A refusal's fields keyed as the form names them (`body.provinceCodes.2` is the provinces'
 * picker), in the form's words when it knows them, else as the server worded them.
 */
export function formFieldsOf(fields: readonly FieldError[], t: Messages): Record<string, string> {
  const named: Record<string, string> = {};
  for (const field of fields) {
    const name = field.field
      .replace(/^body\./, '')
      .replace(/^(provinceCodes|languages)\.\d+$/, '$1');
    named[name] ??= SPECIFIC[`${name}:${field.issue}`]?.(t) ?? field.message;
  }
  return named;
}
