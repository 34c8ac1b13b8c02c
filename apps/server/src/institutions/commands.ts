import {
  canSeeInstitution,
  canUpdateInstitution,
  findProvince,
  findRegion,
  type Actor,
} from '@sanad/core';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { auditActorOf, recordAudit } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { institutionCoverage, institutions } from '../db/schema/index.ts';
import { AppError, type FieldProblem } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import type { createInstitutionBodySchema, updateInstitutionBodySchema } from './schemas.ts';

/** Territory codes must exist, and the seat province must lie in the region. */
function checkTerritory(
  regionCode: string,
  provinceCode: string | null,
  coverage: readonly string[] | undefined,
): void {
  const problems: FieldProblem[] = [];
  if (!findRegion(regionCode)) problems.push({ field: 'body.regionCode', issue: 'invalid_choice' });
  if (provinceCode !== null && findProvince(provinceCode)?.regionCode !== regionCode) {
    problems.push({ field: 'body.provinceCode', issue: 'invalid_choice' });
  }
  (coverage ?? []).forEach((code, index) => {
    if (!findProvince(code))
      problems.push({ field: `body.coverage.${String(index)}`, issue: 'invalid_choice' });
  });
  if (problems.length > 0) throw new AppError('validation_failed', { fields: problems });
}

export async function createInstitution(
  db: Db,
  actor: Actor,
  input: z.infer<typeof createInstitutionBodySchema>,
  requestId: string,
): Promise<string> {
  const provinceCode = input.provinceCode ?? null;
  checkTerritory(input.regionCode, provinceCode, input.coverage);
  if (!canSeeInstitution(actor, { regionCode: input.regionCode, provinceCode }))
    throw new AppError('forbidden');
  const id = newId();
  await db.transaction(async (tx) => {
    await tx.insert(institutions).values({
      id,
      name: input.name,
      type: input.type,
      agency: input.agency,
      regionCode: input.regionCode,
      provinceCode,
      areaTypes: ['urban', 'rural'],
      services: input.services,
      open247: input.open247,
      capacityTotal: input.capacityTotal ?? null,
      capacityFree: input.capacityTotal ?? null,
      contact: input.contact,
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
    const regionCode = input.regionCode ?? row.regionCode;
    const provinceCode = input.provinceCode !== undefined ? input.provinceCode : row.provinceCode;
    checkTerritory(regionCode, provinceCode, input.coverage);
    if (!canUpdateInstitution(actor, { regionCode, provinceCode })) throw new AppError('forbidden');
    const { coverage, active, contact, ...rest } = input;
    const changes = {
      ...rest,
      regionCode,
      provinceCode,
      ...(contact !== undefined ? { contact } : {}),
      ...(active !== undefined ? { active } : {}),
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
    for (const key of Object.keys(input))
      diff[key] = key === 'contact' ? 'changed' : (input as Record<string, unknown>)[key];
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
