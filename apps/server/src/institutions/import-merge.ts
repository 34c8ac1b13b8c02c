import { findProvince, inScope, type Scope } from '@sanad/core';
import type { FocalPoint, InstitutionContact, institutions } from '../db/schema/index.ts';
import {
  FOCAL_POINT_COLUMNS,
  type CellProblem,
  type ImportColumn,
  type ImportRow,
} from './import-row.ts';

type InstitutionRow = typeof institutions.$inferSelect;
export type NewInstitution = typeof institutions.$inferInsert;

/** The server keeps at most this many focal points per institution (as the form does). */
const MAX_FOCAL_POINTS = 10;

export interface MergeContext {
  readonly scope: Scope;
  readonly columns: ReadonlySet<string>;
  readonly now: Date;
}

/** The contact as it was, with each channel the file has a column for set or cleared. */
function mergedContact(
  before: InstitutionContact,
  row: ImportRow,
  has: (c: ImportColumn) => boolean,
): InstitutionContact {
  const pick = (column: 'phone' | 'email' | 'address'): string | undefined =>
    has(column) ? row.contact[column] : before[column];
  const phone = pick('phone');
  const email = pick('email');
  const address = pick('address');
  return {
    ...(phone !== undefined ? { phone } : {}),
    ...(email !== undefined ? { email } : {}),
    ...(address !== undefined ? { address } : {}),
  };
}

const sameName = (a: string, b: string): boolean =>
  a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * A row holds one focal point, an institution up to ten: the row's point replaces the one with
 * the same name (any case) or is added, and the others stay. Its phone or e-mail column, when
 * the file has none, keeps what that person had. Empty focal-point cells change nothing (the
 * form removes a focal point). Undefined when the list would exceed ten.
 */
export function mergedFocalPoints(
  before: readonly FocalPoint[],
  row: ImportRow,
  has: (c: ImportColumn) => boolean,
): FocalPoint[] | undefined {
  const incoming = row.focalPoints[0];
  if (incoming === undefined) return [...before];
  const index = before.findIndex((point) => sameName(point.name, incoming.name));
  const previous = before[index];
  const phone = has('focal_point_phone') ? incoming.phone : previous?.phone;
  const email = has('focal_point_email') ? incoming.email : previous?.email;
  const merged: FocalPoint = {
    name: incoming.name,
    role: incoming.role,
    ...(phone !== undefined ? { phone } : {}),
    ...(email !== undefined ? { email } : {}),
  };
  if (index >= 0) return before.map((point, i) => (i === index ? merged : point));
  return before.length < MAX_FOCAL_POINTS ? [...before, merged] : undefined;
}

/**
 * What a row changes on the institution that has its code: only the fields of the columns the
 * file has. Rechecked here against the institution as it is now (its place, its total places,
 * its focal points) and the uploader's scope.
 */
export function changesFor(
  row: ImportRow,
  existing: InstitutionRow,
  context: MergeContext,
): { changes: Partial<NewInstitution>; problems: CellProblem[] } {
  const has = (column: ImportColumn): boolean => context.columns.has(column);
  const problems: CellProblem[] = [];
  const provinceCode = has('province') ? row.provinceCode : existing.provinceCode;
  if (!inScope(context.scope, existing)) problems.push({ field: 'code', issue: 'invalid' });
  else if (provinceCode !== null && findProvince(provinceCode)?.regionCode !== row.regionCode)
    problems.push({ field: 'province', issue: 'invalid_choice' });
  else if (!inScope(context.scope, { regionCode: row.regionCode, provinceCode }))
    problems.push({
      field: context.scope.level === 'province' ? 'province' : 'region',
      issue: 'invalid_choice',
    });

  const capacityTotal = has('capacity_total') ? row.capacityTotal : existing.capacityTotal;
  const capacityFree = has('capacity_free')
    ? row.capacityFree
    : capacityTotal !== null && existing.capacityFree !== null
      ? Math.min(existing.capacityFree, capacityTotal)
      : existing.capacityFree;
  if (has('capacity_free') && capacityTotal !== null && capacityFree !== null)
    if (capacityFree > capacityTotal) problems.push({ field: 'capacity_free', issue: 'too_big' });

  const focalPoints = FOCAL_POINT_COLUMNS.some(has)
    ? mergedFocalPoints(existing.focalPoints, row, has)
    : existing.focalPoints;
  if (focalPoints === undefined) problems.push({ field: 'focal_point_name', issue: 'too_big' });

  const changes: Partial<NewInstitution> = {
    name: row.name,
    type: row.type,
    agency: row.agency,
    regionCode: row.regionCode,
    provinceCode,
    ...(has('area_types') ? { areaTypes: row.areaTypes } : {}),
    ...(has('services') ? { services: row.services } : {}),
    ...(has('open_24_7') ? { open247: row.open247 } : {}),
    ...(has('opening_hours') ? { openingHours: row.openingHours } : {}),
    capacityTotal,
    capacityFree,
    contact: mergedContact(existing.contact, row, has),
    ...(focalPoints !== undefined ? { focalPoints } : {}),
  };
  return { changes, problems };
}
