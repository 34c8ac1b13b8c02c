import { canWorkCase, findProvince } from '@sanad/core';
import { eq } from 'drizzle-orm';
import { safetyPlans } from '../db/schema/index.ts';
import { placeOf } from '../platform/crypto/envelope.ts';
import { AppError } from '../platform/errors.ts';
import { UNCHANGED, type CaseChanges, type CaseCommand } from './mutate.ts';
import type { PatchCaseBody } from './schemas.ts';

/**
 * The case's own fields a listener corrects (urgency, place) and its safety plan. Only what
 * differs is changed and audited: the diff holds codes (urgency, province, area), never the
 * plan's words — the plan is encrypted and its event says only that it was written or removed.
 */
export async function patchCase(
  context: CaseCommand,
  body: PatchCaseBody,
): Promise<CaseChanges | typeof UNCHANGED> {
  const { row, record } = context.loaded;
  const changes: CaseChanges = {};
  const diff: Record<string, string | null> = {};
  if (body.urgency !== undefined && body.urgency !== row.urgency) {
    changes.urgency = body.urgency;
    Object.assign(diff, { urgency: body.urgency, urgencyBefore: row.urgency });
  }
  if (body.provinceCode !== undefined && body.provinceCode !== row.provinceCode) {
    const regionCode = findProvince(body.provinceCode)?.regionCode ?? null;
    // Moving a case out of one's own territory would hand it to people who never saw it and
    // take it from the mover: a supervisor of both places (or national) does that.
    const place = { ...record, regionCode, provinceCode: body.provinceCode };
    if (!canWorkCase(context.actor, 'case.update', place)) throw new AppError('forbidden');
    Object.assign(changes, { provinceCode: body.provinceCode, regionCode });
    Object.assign(diff, { provinceCode: body.provinceCode, provinceBefore: row.provinceCode });
  }
  if (body.areaType !== undefined && body.areaType !== row.areaType) {
    changes.areaType = body.areaType;
    Object.assign(diff, { areaType: body.areaType, areaTypeBefore: row.areaType });
  }
  if (Object.keys(diff).length > 0) {
    await context.audit({ action: 'case.updated', recordType: 'case', recordId: row.id, diff });
  }
  const planChanged =
    body.safetyPlan !== undefined && (await writeSafetyPlan(context, body.safetyPlan));
  // Nothing differed (a form saved twice): no new version that would make others' copies stale.
  return Object.keys(diff).length === 0 && !planChanged ? UNCHANGED : changes;
}

/** Writes or removes the plan; false when there was none to remove. */
async function writeSafetyPlan(context: CaseCommand, plan: string | null): Promise<boolean> {
  const { tx, loaded, actor, now } = context;
  const caseId = loaded.row.id;
  if (plan === null) {
    const removed = await tx
      .delete(safetyPlans)
      .where(eq(safetyPlans.caseId, caseId))
      .returning({ caseId: safetyPlans.caseId });
    if (removed.length === 0) return false;
  } else {
    const planEnc = await context.box.sealText(
      loaded.row.dataKeyId,
      plan,
      placeOf('safety_plans', 'plan_enc', caseId),
    );
    await tx
      .insert(safetyPlans)
      .values({ caseId, planEnc, updatedBy: actor.id, updatedAt: now })
      .onConflictDoUpdate({
        target: safetyPlans.caseId,
        set: { planEnc, updatedBy: actor.id, updatedAt: now },
      });
  }
  await context.audit({
    action: 'safety_plan.updated',
    recordType: 'safety_plan',
    recordId: caseId,
    diff: { plan: plan === null ? 'removed' : 'written' },
  });
  return true;
}
