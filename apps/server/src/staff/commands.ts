import { canManageStaff, canSeeStaff, findProvince, type Actor } from '@sanad/core';
import { eq } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { auditActorOf, recordAudit } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { staffRecoveryCodes, staffUsers } from '../db/schema/index.ts';
import { createStaffUser } from '../identity/create-user.ts';
import { hashPassword } from '../identity/passwords.ts';
import { revokeAllSessions } from '../identity/sessions.ts';
import { AppError, notFound } from '../platform/errors.ts';
import { staffPlace } from './presenters.ts';
import type { createStaffBodySchema, updateStaffBodySchema } from './schemas.ts';

/** A one-time password an administrator hands over; the account must change it at sign-in. */
function temporaryPassword(): string {
  const raw = randomBytes(12).toString('base64url').replace(/[-_]/g, 'x');
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8, 12)}-${raw.slice(12, 16)}`;
}

function placeOfScope(input: {
  scopeLevel?: string | undefined;
  scopeRegion?: string | undefined;
  scopeProvince?: string | undefined;
}) {
  const province = input.scopeLevel === 'province' ? (input.scopeProvince ?? null) : null;
  const region =
    input.scopeLevel === 'region'
      ? (input.scopeRegion ?? null)
      : province !== null
        ? (findProvince(province)?.regionCode ?? null)
        : null;
  return { regionCode: region, provinceCode: province };
}

export async function createStaffByAdmin(
  db: Db,
  actor: Actor,
  input: z.infer<typeof createStaffBodySchema>,
  requestId: string,
): Promise<{ id: string; temporaryPassword: string }> {
  // An administrator creates accounts only within their own scope.
  if (!canSeeStaff(actor, { id: '', ...placeOfScope(input) })) throw new AppError('forbidden');
  const password = temporaryPassword();
  return db.transaction(async (tx) => {
    const { id } = await createStaffUser(tx, { ...input, password });
    await tx.update(staffUsers).set({ mustChangePassword: true }).where(eq(staffUsers.id, id));
    await recordAudit(tx, {
      action: 'staff.created',
      actor: auditActorOf(actor),
      recordType: 'staff_user',
      recordId: id,
      diff: {
        role: input.role,
        scopeLevel: input.scopeLevel,
        scopeRegion: input.scopeRegion ?? null,
        scopeProvince: input.scopeProvince ?? null,
        institutionId: input.institutionId ?? null,
      },
      requestId,
    });
    return { id, temporaryPassword: password };
  });
}

/** Loads an account for change, row-locked; one the admin may not see is 404. */
async function loadForChange(tx: Db, actor: Actor, id: string) {
  const [row] = await tx.select().from(staffUsers).where(eq(staffUsers.id, id)).for('update');
  if (!row || !canSeeStaff(actor, staffPlace(row))) throw notFound();
  return row;
}

export async function updateStaff(
  db: Db,
  actor: Actor,
  id: string,
  input: z.infer<typeof updateStaffBodySchema>,
  requestId: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await loadForChange(tx, actor, id);
    const togglesStatus =
      input.disabled !== undefined && input.disabled !== (row.disabledAt !== null);
    const changesProfile = Object.keys(input).some((key) => key !== 'disabled');
    if (changesProfile && !canManageStaff(actor, 'staff.update', staffPlace(row)))
      throw new AppError('forbidden');
    if (togglesStatus && !canManageStaff(actor, 'staff.disable', staffPlace(row)))
      throw new AppError('forbidden');
    const scopeLevel = input.scopeLevel ?? row.scopeLevel;
    const place =
      input.scopeLevel !== undefined
        ? placeOfScope({ ...input, scopeLevel })
        : { regionCode: row.scopeRegion, provinceCode: row.scopeProvince };
    if (input.scopeLevel !== undefined && scopeLevel !== 'national' && place.regionCode === null) {
      throw new AppError('validation_failed', {
        fields: [
          {
            field: scopeLevel === 'region' ? 'body.scopeRegion' : 'body.scopeProvince',
            issue: 'invalid_choice',
          },
        ],
      });
    }
    if (!canSeeStaff(actor, { id, ...place })) throw new AppError('forbidden');
    const now = new Date();
    const next = {
      displayName: input.displayName ?? row.displayName,
      role: input.role ?? row.role,
      scopeLevel,
      scopeRegion: place.regionCode,
      scopeProvince: place.provinceCode,
      institutionId: input.institutionId !== undefined ? input.institutionId : row.institutionId,
      disabledAt:
        input.disabled === undefined
          ? row.disabledAt
          : input.disabled
            ? (row.disabledAt ?? now)
            : null,
      updatedAt: now,
    };
    await tx.update(staffUsers).set(next).where(eq(staffUsers.id, id));
    // A session carries what the account could do when it began (and a console's live stream
    // keeps it): a new role, territory or institution must start from a fresh sign-in, exactly
    // like disabling the account, so nobody keeps hearing a region they left.
    const reach = ['role', 'scopeLevel', 'scopeRegion', 'scopeProvince', 'institutionId'] as const;
    const reachChanged = reach.some((key) => next[key] !== row[key]);
    const disabledNow = next.disabledAt !== null && row.disabledAt === null;
    if (disabledNow || reachChanged) await revokeAllSessions(tx, id, now);
    const diff: Record<string, unknown> = {};
    for (const key of [
      'role',
      'scopeLevel',
      'scopeRegion',
      'scopeProvince',
      'institutionId',
    ] as const) {
      if (next[key] !== row[key]) diff[key] = { from: row[key], to: next[key] };
    }
    if (changesProfile) {
      await recordAudit(tx, {
        action: 'staff.updated',
        actor: auditActorOf(actor),
        recordType: 'staff_user',
        recordId: id,
        diff,
        requestId,
      });
    }
    if (togglesStatus) {
      await recordAudit(tx, {
        action: input.disabled ? 'staff.disabled' : 'staff.enabled',
        actor: auditActorOf(actor),
        recordType: 'staff_user',
        recordId: id,
        requestId,
      });
    }
  });
}

/**
 * Resets an account that lost its password or phone: a new temporary password, the second
 * factor cleared (re-enrolled at next sign-in), recovery codes gone, every session ended.
 */
export async function resetStaffPassword(
  db: Db,
  actor: Actor,
  id: string,
  requestId: string,
): Promise<string> {
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const row = await loadForChange(tx, actor, id);
    if (!canManageStaff(actor, 'staff.reset_password', staffPlace(row)))
      throw new AppError('forbidden');
    const now = new Date();
    await tx
      .update(staffUsers)
      .set({
        passwordHash,
        mustChangePassword: true,
        totpSecretEnc: null,
        totpEnrolledAt: null,
        totpLastStep: null,
        updatedAt: now,
      })
      .where(eq(staffUsers.id, id));
    await tx.delete(staffRecoveryCodes).where(eq(staffRecoveryCodes.userId, id));
    await revokeAllSessions(tx, id, now);
    await recordAudit(tx, {
      action: 'staff.password_reset',
      actor: auditActorOf(actor),
      recordType: 'staff_user',
      recordId: id,
      requestId,
    });
  });
  return password;
}
