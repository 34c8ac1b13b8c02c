import { ApiError } from '../../api/client.ts';
import type {
  InstitutionRecord,
  InstitutionRecordInput,
  InstitutionRecordUpdate,
  OpeningHours,
} from '../../api/admin.ts';
import { checkSchedule, scheduleDraftOf } from './schedule-draft.ts';

/** Equal as the API carries them: objects key by key, arrays in order, absent = undefined. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => sameValue(item, b[i]))
    );
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].every((key) => sameValue(left[key], right[key]));
}

const sorted = (list: readonly string[]): string[] => [...list].sort();

/**
 * Stored hours in the shape the form sends them (day by day): `{ days: 'mon-fri', … }` read
 * into the week editor and back is the same schedule, not a change.
 */
function asTyped(hours: OpeningHours | undefined): OpeningHours | undefined {
  if (hours === undefined) return undefined;
  const checked = checkSchedule(scheduleDraftOf(hours));
  return checked.ok ? checked.hours : hours;
}

/**
 * An edit as sent: only the fields the administrator changed, with the version she read. A
 * field she left alone is not sent, so it cannot overwrite someone else's change to it; a field
 * she emptied is cleared (`null`), not left as it was. Coverage is compared as a set (the server
 * answers it sorted).
 */
export function updateOf(
  input: InstitutionRecordInput,
  before: InstitutionRecord,
  version: number = before.version,
): InstitutionRecordUpdate {
  const changes: Record<string, unknown> = {};
  const compare = (key: keyof InstitutionRecordInput, now: unknown, then: unknown) => {
    if (!sameValue(now, then)) changes[key] = now ?? null;
  };
  compare('code', input.code, before.code);
  compare('name', input.name, before.name);
  compare('type', input.type, before.type);
  compare('agency', input.agency, before.agency);
  compare('regionCode', input.regionCode, before.regionCode);
  compare('provinceCode', input.provinceCode, before.provinceCode);
  if (!sameValue(sorted(input.coverage), sorted(before.coverage)))
    changes['coverage'] = input.coverage;
  compare('areaTypes', input.areaTypes, before.areaTypes);
  compare('services', input.services, before.services);
  compare('open247', input.open247, before.open247);
  compare('openingHours', input.openingHours ?? undefined, asTyped(before.openingHours));
  compare('capacityTotal', input.capacityTotal, before.capacityTotal);
  compare('contact', input.contact, before.contact);
  compare('focalPoints', input.focalPoints, before.focalPoints);
  return { ...(changes as Partial<InstitutionRecordUpdate>), version };
}

/** True when the edit changes nothing: there is nothing to send. */
export const changesNothing = (update: InstitutionRecordUpdate): boolean =>
  Object.keys(update).every((key) => key === 'version');

/**
 * For a 409 `stale_version`: the version the institution is at now (someone saved it since the
 * form was opened). Undefined for any other error.
 */
export function currentVersionOf(error: unknown): number | undefined {
  if (!(error instanceof ApiError) || error.code !== 'stale_version') return undefined;
  const version = error.current?.['version'];
  return typeof version === 'number' ? version : undefined;
}
