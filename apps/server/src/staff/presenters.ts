import { canManageStaff, canSeeStaff, type Actor } from '@sanad/core';
import type { z } from 'zod';
import type { institutions, staffUsers } from '../db/schema/index.ts';
import { presentScope, scopeOf } from '../identity/actor.ts';
import type { staffUserViewSchema } from './schemas.ts';

export type StaffUserView = z.infer<typeof staffUserViewSchema>;
type StaffRow = typeof staffUsers.$inferSelect;
type InstitutionRow = typeof institutions.$inferSelect;

/** Where an account sits, as the rules read it. */
export const staffPlace = (row: StaffRow) => ({
  id: row.id,
  regionCode: row.scopeRegion,
  provinceCode: row.scopeProvince,
});

/**
 * An account as an administrator sees it: an explicit allow-list — never the password hash, the
 * TOTP seed or its step — and what the viewer may do with it.
 */
export function presentStaffUser(
  row: StaffRow,
  institution: InstitutionRow | null,
  viewer: Actor,
): StaffUserView {
  const scope = scopeOf(row);
  const place = staffPlace(row);
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role,
    scope: presentScope(scope),
    ...(institution
      ? { institution: { id: institution.id, name: institution.name, type: institution.type } }
      : {}),
    disabled: row.disabledAt !== null,
    totpEnrolled: row.totpEnrolledAt !== null,
    createdAt: row.createdAt.toISOString(),
    abilities: {
      update: canSeeStaff(viewer, place) && canManageStaff(viewer, 'staff.update', place),
      disable: canManageStaff(viewer, 'staff.disable', place),
      resetPassword: canManageStaff(viewer, 'staff.reset_password', place),
    },
  };
}
