import type { AreaType, InstitutionType, ServiceType } from '@sanad/core';
import type { FocalPoint, InstitutionRecord, InstitutionRecordInput } from '../../api/admin.ts';
import { checkSchedule, scheduleDraftOf, type ScheduleDraft } from './schedule-draft.ts';

/** One focal point as typed: every field a string, empty when not given. */
export interface FocalPointDraft {
  readonly name: string;
  readonly role: string;
  readonly phone: string;
  readonly email: string;
}

export const EMPTY_FOCAL_POINT: FocalPointDraft = { name: '', role: '', phone: '', email: '' };

/** The institution form as typed. */
export interface InstitutionDraft {
  readonly code: string;
  readonly name: string;
  readonly type: InstitutionType | '';
  readonly agency: string;
  readonly regionCode: string;
  readonly provinceCode: string;
  readonly coverage: readonly string[];
  readonly areaTypes: readonly AreaType[];
  readonly services: readonly ServiceType[];
  readonly open247: boolean;
  readonly schedule: ScheduleDraft;
  readonly capacityTotal: string;
  readonly phone: string;
  readonly email: string;
  readonly address: string;
  readonly focalPoints: readonly FocalPointDraft[];
}

export function institutionDraftOf(institution: InstitutionRecord | undefined): InstitutionDraft {
  return {
    code: institution?.code ?? '',
    name: institution?.name ?? '',
    type: institution?.type ?? '',
    agency: institution?.agency ?? '',
    regionCode: institution?.regionCode ?? '',
    provinceCode: institution?.provinceCode ?? '',
    coverage: institution?.coverage ?? [],
    areaTypes: institution?.areaTypes ?? ['urban', 'rural'],
    services: institution?.services ?? [],
    open247: institution?.open247 ?? false,
    schedule: scheduleDraftOf(institution?.openingHours),
    capacityTotal:
      institution?.capacityTotal === undefined ? '' : String(institution.capacityTotal),
    phone: institution?.contact.phone ?? '',
    email: institution?.contact.email ?? '',
    address: institution?.contact.address ?? '',
    focalPoints: (institution?.focalPoints ?? []).map((point) => ({
      name: point.name,
      role: point.role,
      phone: point.phone ?? '',
      email: point.email ?? '',
    })),
  };
}

/** The words a refused draft needs, from the catalogue. */
export interface DraftMessages {
  readonly fieldRequired: string;
  readonly hoursRequired: string;
  readonly hoursDayFormat: string;
  readonly focalEmailFormat: string;
}

export type DraftCheck =
  | {
      readonly ok: true;
      readonly input: InstitutionRecordInput;
      /**
       * For each focal point sent, its place in the form: empty ones are not sent, so the
       * server's `focalPoints.1` may be the form's third (see `formFieldsOf`).
       */
      readonly focalPointPositions: readonly number[];
    }
  /** Messages keyed by the form's field names, as the server would name them. */
  | { readonly ok: false; readonly fields: Readonly<Record<string, string>> };

/** A focal point left entirely empty is dropped, not refused. */
const isBlank = (point: FocalPointDraft): boolean =>
  [point.name, point.role, point.phone, point.email].every((value) => value.trim() === '');

const looksLikeEmail = (text: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);

/**
 * The focal points to send, and the form position of each. A problem is keyed by the form
 * position (`focalPoints.<position>.<field>`), so it shows on the fieldset it is about even
 * when an empty one comes before.
 */
function focalPointsOf(
  drafts: readonly FocalPointDraft[],
  messages: DraftMessages,
  fields: Record<string, string>,
): { points: FocalPoint[]; positions: number[] } {
  const points: FocalPoint[] = [];
  const positions: number[] = [];
  drafts.forEach((draft, position) => {
    if (isBlank(draft)) return;
    const at = (field: string) => `focalPoints.${String(position)}.${field}`;
    const name = draft.name.trim();
    const role = draft.role.trim();
    const phone = draft.phone.trim();
    const email = draft.email.trim();
    if (name === '') fields[at('name')] = messages.fieldRequired;
    if (role === '') fields[at('role')] = messages.fieldRequired;
    if (email !== '' && !looksLikeEmail(email)) fields[at('email')] = messages.focalEmailFormat;
    points.push({
      name,
      role,
      ...(phone !== '' ? { phone } : {}),
      ...(email !== '' ? { email } : {}),
    });
    positions.push(position);
  });
  return { points, positions };
}

/**
 * The server's field names turned into the form's: `focalPoints.<sent index>.<field>` becomes
 * `focalPoints.<form position>.<field>`; every other name is already the form's.
 */
export function formFieldsOf(
  fields: Readonly<Record<string, string>>,
  focalPointPositions: readonly number[],
): Record<string, string> {
  const named: Record<string, string> = {};
  for (const [field, message] of Object.entries(fields)) {
    const match = /^focalPoints\.(\d+)(\..*)?$/.exec(field);
    const position = match ? focalPointPositions[Number(match[1])] : undefined;
    named[position === undefined ? field : `focalPoints.${String(position)}${match?.[2] ?? ''}`] =
      message;
  }
  return named;
}

/**
 * Checks what the server would refuse for a reason the form can explain better (the type, the
 * hours, the focal points) and builds what the API receives: trimmed texts, no empty optional
 * fields, hours only when not open 24/7.
 */
export function checkInstitutionDraft(
  draft: InstitutionDraft,
  messages: DraftMessages,
): DraftCheck {
  const fields: Record<string, string> = {};
  if (draft.type === '') fields['type'] = messages.fieldRequired;
  if (draft.areaTypes.length === 0) fields['areaTypes'] = messages.fieldRequired;
  let openingHours: InstitutionRecordInput['openingHours'] = null;
  if (!draft.open247) {
    const schedule = checkSchedule(draft.schedule);
    if (schedule.ok) openingHours = schedule.hours;
    else if (schedule.empty) fields['openingHours'] = messages.hoursRequired;
    else for (const day of schedule.days) fields[`openingHours.${day}`] = messages.hoursDayFormat;
  }
  const focal = focalPointsOf(draft.focalPoints, messages, fields);
  if (Object.keys(fields).length > 0 || draft.type === '') return { ok: false, fields };

  const code = draft.code.trim();
  const phone = draft.phone.trim();
  const email = draft.email.trim();
  const address = draft.address.trim();
  const capacity = draft.capacityTotal.trim();
  return {
    ok: true,
    input: {
      ...(code ? { code } : {}),
      name: draft.name.trim(),
      type: draft.type,
      agency: draft.agency.trim(),
      regionCode: draft.regionCode,
      ...(draft.provinceCode ? { provinceCode: draft.provinceCode } : {}),
      coverage: [...draft.coverage],
      areaTypes: [...draft.areaTypes],
      services: [...draft.services],
      open247: draft.open247,
      openingHours,
      ...(capacity === '' ? {} : { capacityTotal: Number(capacity) }),
      contact: {
        ...(phone ? { phone } : {}),
        ...(email ? { email } : {}),
        ...(address ? { address } : {}),
      },
      focalPoints: focal.points,
    },
    focalPointPositions: focal.positions,
  };
}
