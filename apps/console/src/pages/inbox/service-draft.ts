import type { ServiceType } from '@sanad/core';
import type { ServiceRecordInput } from '../../api/referral-types.ts';
import type { Checked } from '../referrals/step-draft.ts';

// The receiving institution's records as typed, turned into the bodies the API takes: a service
// delivered (with its dates and notes), and the institution's free beds.

export interface ServiceDraft {
  readonly serviceType: ServiceType | '';
  /** `YYYY-MM-DD`, as `<input type="date">` gives it. */
  readonly startedOn: string;
  readonly endedOn: string;
  readonly notes: string;
}

/** Today on this computer's calendar, `YYYY-MM-DD`. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A service draft starting today, of the first service the referral asked for. */
export function emptyServiceDraft(services: readonly ServiceType[], today: Date): ServiceDraft {
  return { serviceType: services[0] ?? '', startedOn: localDay(today), endedOn: '', notes: '' };
}

const isDay = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

/** The body of `POST /referrals/:id/services`; an end before the start is refused here too. */
export function serviceInputOf(
  draft: ServiceDraft,
  version: number,
): Checked<ServiceRecordInput, 'serviceType' | 'startedOn' | 'endedOn'> {
  const problems: Partial<Record<'serviceType' | 'startedOn' | 'endedOn', 'required' | 'invalid'>> =
    {};
  if (draft.serviceType === '') problems.serviceType = 'required';
  if (draft.startedOn === '') problems.startedOn = 'required';
  else if (!isDay(draft.startedOn)) problems.startedOn = 'invalid';
  if (draft.endedOn !== '') {
    if (!isDay(draft.endedOn)) problems.endedOn = 'invalid';
    else if (isDay(draft.startedOn) && draft.endedOn < draft.startedOn)
      problems.endedOn = 'invalid';
  }
  if (draft.serviceType === '' || Object.keys(problems).length > 0) return { ok: false, problems };
  const notes = draft.notes.trim();
  return {
    ok: true,
    input: {
      serviceType: draft.serviceType,
      startedOn: draft.startedOn,
      ...(draft.endedOn === '' ? {} : { endedOn: draft.endedOn }),
      ...(notes === '' ? {} : { notes }),
      version,
    },
  };
}

/** Free beds as typed: a whole number from 0, or undefined. */
export function capacityOf(text: string): number | undefined {
  const value = text.trim();
  if (!/^\d{1,5}$/.test(value)) return undefined;
  return Number(value);
}
