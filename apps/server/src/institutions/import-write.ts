import { findProvince, inScope, type Scope } from '@sanad/core';
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import {
  institutionCoverage,
  institutions,
  type ImportRowError,
  type InstitutionContact,
} from '../db/schema/index.ts';
import { newId } from '../platform/ids.ts';
import {
  FOCAL_POINT_COLUMNS,
  type CellProblem,
  type ImportColumn,
  type ImportRow,
} from './import-row.ts';

type InstitutionRow = typeof institutions.$inferSelect;
type NewInstitution = typeof institutions.$inferInsert;

/** Coverage rows per INSERT (two parameters each). */
const COVERAGE_BATCH = 5_000;

export interface ChunkOutcome {
  readonly imported: number;
  readonly updated: number;
  readonly errors: readonly ImportRowError[];
}

interface Context {
  readonly scope: Scope;
  readonly columns: ReadonlySet<string>;
  readonly now: Date;
}

function newInstitution(row: ImportRow, context: Context): NewInstitution {
  // No free-places column at all: a new shelter starts with every place free, as in the form.
  const capacityFree =
    row.capacityFree ?? (context.columns.has('capacity_free') ? null : row.capacityTotal);
  return {
    id: newId(),
    code: row.code,
    name: row.name,
    type: row.type,
    agency: row.agency,
    regionCode: row.regionCode,
    provinceCode: row.provinceCode,
    areaTypes: row.areaTypes,
    services: row.services,
    open247: row.open247,
    openingHours: row.openingHours,
    capacityTotal: row.capacityTotal,
    capacityFree,
    capacityUpdatedAt: capacityFree === null ? null : context.now,
    contact: row.contact,
    focalPoints: row.focalPoints,
    active: true,
  };
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

/**
 * What a row changes on the institution that has its code: only the fields of the columns the
 * file has. Rechecked here against the institution as it is now (its place, its total places)
 * and the uploader's scope.
 */
function changesFor(
  row: ImportRow,
  existing: InstitutionRow,
  context: Context,
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
    ...(capacityFree !== existing.capacityFree ? { capacityUpdatedAt: context.now } : {}),
    contact: mergedContact(existing.contact, row, has),
    ...(FOCAL_POINT_COLUMNS.some(has) ? { focalPoints: row.focalPoints } : {}),
    updatedAt: context.now,
  };
  return { changes, problems };
}

async function replaceCoverage(
  tx: Db,
  replaced: readonly string[],
  coverage: readonly { institutionId: string; provinceCode: string }[],
): Promise<void> {
  if (replaced.length > 0)
    await tx
      .delete(institutionCoverage)
      .where(inArray(institutionCoverage.institutionId, [...replaced]));
  for (let start = 0; start < coverage.length; start += COVERAGE_BATCH) {
    await tx.insert(institutionCoverage).values(coverage.slice(start, start + COVERAGE_BATCH));
  }
}

/**
 * Writes one chunk of checked rows: a row whose code exists updates that institution, any
 * other creates one. New institutions and all coverage go in a few batched statements; each
 * update is one statement. A row refused here is reported and the others are written.
 */
export async function writeRows(
  tx: Db,
  rows: readonly { row: number; data: ImportRow }[],
  context: Context,
): Promise<ChunkOutcome> {
  const codes = rows.flatMap(({ data }) => (data.code !== null ? [data.code] : []));
  const existing =
    codes.length > 0
      ? await tx.select().from(institutions).where(inArray(institutions.code, codes))
      : [];
  const byCode = new Map(existing.map((i) => [i.code, i]));

  const created: NewInstitution[] = [];
  const coverage: { institutionId: string; provinceCode: string }[] = [];
  const replaced: string[] = [];
  const errors: ImportRowError[] = [];
  let updated = 0;
  for (const { row, data } of rows) {
    const current = data.code !== null ? byCode.get(data.code) : undefined;
    if (current === undefined) {
      const values = newInstitution(data, context);
      created.push(values);
      coverage.push(...data.coverage.map((p) => ({ institutionId: values.id, provinceCode: p })));
      continue;
    }
    const { changes, problems } = changesFor(data, current, context);
    if (problems.length > 0) {
      errors.push(...problems.map((p) => ({ row, ...p })));
      continue;
    }
    await tx.update(institutions).set(changes).where(eq(institutions.id, current.id));
    updated += 1;
    if (context.columns.has('coverage')) {
      replaced.push(current.id);
      coverage.push(...data.coverage.map((p) => ({ institutionId: current.id, provinceCode: p })));
    }
  }
  if (created.length > 0) await tx.insert(institutions).values(created);
  await replaceCoverage(tx, replaced, coverage);
  return { imported: created.length, updated, errors };
}
