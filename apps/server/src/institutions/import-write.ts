import { eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { institutionCoverage, institutions, type ImportRowError } from '../db/schema/index.ts';
import type { ChunkContext, ChunkOutcome } from '../platform/csv-import/job.ts';
import { newId } from '../platform/ids.ts';
import { CONTACT_FIELDS } from './commands.ts';
import { coverageOf } from './directory.ts';
import { changedFields } from '../platform/csv-import/same-value.ts';
import { changesFor, type NewInstitution } from './import-merge.ts';
import type { ImportRow } from './import-row.ts';

/** Coverage rows per INSERT (two parameters each). */
const COVERAGE_BATCH = 5_000;

/** What a chunk's writer knows of its import (the merge reads its scope, columns and time). */
export type WriteContext = ChunkContext;

function newInstitution(row: ImportRow, context: WriteContext): NewInstitution {
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

/** Written by the import itself, not by the file: left out of the audit's field list. */
const BOOKKEEPING = new Set(['id', 'active', 'version', 'updatedAt', 'capacityUpdatedAt']);

/**
 * The audit diff of one institution's change: each field with its new value, contact details
 * as "changed" only (as the form's events do), and the import that made it.
 */
function auditDiff(fields: Record<string, unknown>, importId: string): Record<string, unknown> {
  const diff: Record<string, unknown> = { importId };
  for (const [key, value] of Object.entries(fields))
    if (!BOOKKEEPING.has(key)) diff[key] = CONTACT_FIELDS.has(key) ? 'changed' : value;
  return diff;
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

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
 * other creates one. The institutions it updates are locked for the chunk, so an administrator
 * saving the form meanwhile waits, then finds the version moved on (409) instead of having her
 * change or the file's silently lost. A row that changes nothing is not written (the version
 * stays, so an open form is not made stale for nothing). Every institution written gets its own
 * audit event naming the import. New institutions and all coverage go in a few batched
 * statements; each update is one statement. A row refused here is reported, the others written.
 */
export async function writeRows(
  tx: Db,
  rows: readonly { row: number; data: ImportRow }[],
  context: WriteContext,
): Promise<ChunkOutcome> {
  const codes = rows.flatMap(({ data }) => (data.code !== null ? [data.code] : []));
  const existing =
    codes.length > 0
      ? await tx.select().from(institutions).where(inArray(institutions.code, codes)).for('update')
      : [];
  const byCode = new Map(existing.map((i) => [i.code, i]));
  const coverageBefore = context.columns.has('coverage')
    ? await coverageOf(
        tx,
        existing.map((i) => i.id),
      )
    : new Map<string, string[]>();

  const created: NewInstitution[] = [];
  const coverage: { institutionId: string; provinceCode: string }[] = [];
  const replaced: string[] = [];
  const errors: ImportRowError[] = [];
  const audit = (action: 'institution.created' | 'institution.updated', id: string, diff: object) =>
    recordAudit(tx, {
      action,
      actor: context.actor,
      recordType: 'institution',
      recordId: id,
      diff: auditDiff(diff as Record<string, unknown>, context.importId),
    });
  let updated = 0;
  for (const { row, data } of rows) {
    const current = data.code !== null ? byCode.get(data.code) : undefined;
    if (current === undefined) {
      const values = newInstitution(data, context);
      created.push(values);
      coverage.push(...data.coverage.map((p) => ({ institutionId: values.id, provinceCode: p })));
      await audit('institution.created', values.id, { ...values, coverage: data.coverage });
      continue;
    }
    const { changes, problems } = changesFor(data, current, context);
    if (problems.length > 0) {
      errors.push(...problems.map((p) => ({ row, ...p })));
      continue;
    }
    updated += 1;
    const changed = changedFields(changes, current);
    const newCoverage =
      context.columns.has('coverage') &&
      !sameSet(coverageBefore.get(current.id) ?? [], data.coverage);
    if (Object.keys(changed).length === 0 && !newCoverage) continue;
    await tx
      .update(institutions)
      .set({
        ...changed,
        ...('capacityFree' in changed ? { capacityUpdatedAt: context.now } : {}),
        version: current.version + 1,
        updatedAt: context.now,
      })
      .where(eq(institutions.id, current.id));
    if (newCoverage) {
      replaced.push(current.id);
      coverage.push(...data.coverage.map((p) => ({ institutionId: current.id, provinceCode: p })));
    }
    await audit('institution.updated', current.id, {
      ...changed,
      ...(newCoverage ? { coverage: data.coverage } : {}),
    });
  }
  if (created.length > 0) await tx.insert(institutions).values(created);
  await replaceCoverage(tx, replaced, coverage);
  return { imported: created.length, updated, errors };
}
