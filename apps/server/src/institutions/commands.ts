import {
  canSeeInstitution,
  canUpdateInstitution,
  findProvince,
  findRegion,
  type Actor,
} from '@sanad/core';
import { and, eq, ne } from 'drizzle-orm';
import type { z } from 'zod';
import { auditActorOf, recordAudit } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { institutionCoverage, institutions } from '../db/schema/index.ts';
import { AppError, type FieldProblem } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { isUsableSchedule } from './opening-hours.ts';
import type { createInstitutionBodySchema, updateInstitutionBodySchema } from './schemas.ts';

/** Territory codes must exist, and the seat province must lie in the region. */
function territoryProblems(
  regionCode: string,
  provinceCode: string | null,
  coverage: readonly string[] | undefined,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!findRegion(regionCode)) problems.push({ field: 'body.regionCode', issue: 'invalid_choice' });
  if (provinceCode !== null && findProvince(provinceCode)?.regionCode !== regionCode) {
    problems.push({ field: 'body.provinceCode', issue: 'invalid_choice' });
  }
  (coverage ?? []).forEach((code, index) => {
    if (!findProvince(code))
      problems.push({ field: `body.coverage.${String(index)}`, issue: 'invalid_choice' });
  });
  return problems;
}

/** Hours core cannot read (or that never open) would make "open now" unknown forever. */
function hoursProblems(openingHours: unknown): FieldProblem[] {
  return openingHours !== undefined && openingHours !== null && !isUsableSchedule(openingHours)
    ? [{ field: 'body.openingHours', issue: 'invalid_format' }]
    : [];
}

function capacityProblems(total: number | null, free: number | null): FieldProblem[] {
  return total !== null && free !== null && free > total
    ? [{ field: 'body.capacityFree', issue: 'too_big' }]
    : [];
}

function refuse(problems: readonly FieldProblem[]): void {
  if (problems.length > 0) throw new AppError('validation_failed', { fields: problems });
}

/** An official code names one institution: a second one is a conflict naming the field. */
async function checkCodeFree(db: Db, code: string | null | undefined, id: string): Promise<void> {
  if (code === null || code === undefined) return;
  const [taken] = await db
    .select({ id: institutions.id })
    .from(institutions)
    .where(and(eq(institutions.code, code), ne(institutions.id, id)));
  if (taken) throw new AppError('conflict', { fields: [{ field: 'body.code', issue: 'invalid' }] });
}

export async function createInstitution(
  db: Db,
  actor: Actor,
  input: z.infer<typeof createInstitutionBodySchema>,
  requestId: string,
): Promise<string> {
  const provinceCode = input.provinceCode ?? null;
  refuse([
    ...territoryProblems(input.regionCode, provinceCode, input.coverage),
    ...hoursProblems(input.openingHours),
  ]);
  if (!canSeeInstitution(actor, { regionCode: input.regionCode, provinceCode }))
    throw new AppError('forbidden');
  const id = newId();
  await db.transaction(async (tx) => {
    await checkCodeFree(tx, input.code, id);
    const capacity = input.capacityTotal ?? null;
    await tx.insert(institutions).values({
      id,
      code: input.code ?? null,
      name: input.name,
      type: input.type,
      agency: input.agency,
      regionCode: input.regionCode,
      provinceCode,
      areaTypes: [...new Set(input.areaTypes)],
      services: input.services,
      open247: input.open247,
      openingHours: input.openingHours ?? null,
      // A new shelter starts with every place free, until it says otherwise.
      capacityTotal: capacity,
      capacityFree: capacity,
      capacityUpdatedAt: capacity === null ? null : new Date(),
      contact: input.contact,
      focalPoints: input.focalPoints,
      active: true,
    });
    await tx
      .insert(institutionCoverage)
      .values(
        [...new Set(input.coverage)].map((provinceCode) => ({ institutionId: id, provinceCode })),
      );
    await recordAudit(tx, {
      action: 'institution.created',
      actor: auditActorOf(actor),
      recordType: 'institution',
      recordId: id,
      diff: { type: input.type, regionCode: input.regionCode },
      requestId,
    });
  });
  return id;
}

/** Fields whose values are institutional contact details: the audit says "changed" only. */
export const CONTACT_FIELDS: ReadonlySet<string> = new Set(['contact', 'focalPoints']);

/** 409 naming the version the institution is at now, so the form can say what happened. */
const staleVersion = (version: number): AppError =>
  new AppError('stale_version', { current: { version } });

export async function updateInstitution(
  db: Db,
  actor: Actor,
  id: string,
  input: z.infer<typeof updateInstitutionBodySchema>,
  requestId: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx.select().from(institutions).where(eq(institutions.id, id)).for('update');
    if (!row || !canSeeInstitution(actor, row)) throw new AppError('not_found');
    if (!canUpdateInstitution(actor, row)) throw new AppError('forbidden');
    // Someone changed it since this edit was read: refuse rather than overwrite their change.
    if (row.version !== input.version) throw staleVersion(row.version);
    const regionCode = input.regionCode ?? row.regionCode;
    const provinceCode = input.provinceCode !== undefined ? input.provinceCode : row.provinceCode;
    const capacityTotal =
      input.capacityTotal !== undefined ? input.capacityTotal : row.capacityTotal;
    // Fewer places in all than were free: the free count follows the new total down.
    const capacityFree =
      input.capacityFree !== undefined
        ? input.capacityFree
        : capacityTotal !== null && row.capacityFree !== null
          ? Math.min(row.capacityFree, capacityTotal)
          : row.capacityFree;
    refuse([
      ...territoryProblems(regionCode, provinceCode, input.coverage),
      ...hoursProblems(input.openingHours),
      ...(input.capacityFree !== undefined ? capacityProblems(capacityTotal, capacityFree) : []),
    ]);
    if (!canUpdateInstitution(actor, { regionCode, provinceCode })) throw new AppError('forbidden');
    await checkCodeFree(tx, input.code, id);
    const { version, coverage, active, contact, areaTypes, ...rest } = input;
    const changes = {
      ...rest,
      regionCode,
      provinceCode,
      ...(areaTypes !== undefined ? { areaTypes: [...new Set(areaTypes)] } : {}),
      ...(contact !== undefined ? { contact } : {}),
      ...(active !== undefined ? { active } : {}),
      ...(capacityFree !== row.capacityFree
        ? { capacityFree, capacityUpdatedAt: new Date() }
        : { capacityFree }),
      version: version + 1,
      updatedAt: new Date(),
    };
    await tx.update(institutions).set(changes).where(eq(institutions.id, id));
    if (coverage !== undefined) {
      await tx.delete(institutionCoverage).where(eq(institutionCoverage.institutionId, id));
      await tx
        .insert(institutionCoverage)
        .values(
          [...new Set(coverage)].map((provinceCode) => ({ institutionId: id, provinceCode })),
        );
    }
    const diff: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(input))
      if (key !== 'version') diff[key] = CONTACT_FIELDS.has(key) ? 'changed' : value;
    await recordAudit(tx, {
      action: 'institution.updated',
      actor: auditActorOf(actor),
      recordType: 'institution',
      recordId: id,
      diff,
      requestId,
    });
  });
}
