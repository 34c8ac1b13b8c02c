import type { Actor } from '@sanad/core';
import { asc, eq } from 'drizzle-orm';
import { staffListableBy } from '../authorization/scopes.ts';
import type { Db } from '../db/database.ts';
import { institutions, staffUsers } from '../db/schema/index.ts';
import { presentStaffUser, type StaffUserView } from './presenters.ts';

/** Accounts the administrator may see, filtered in SQL by the twin of `canSeeStaff`. */
export async function listStaff(db: Db, actor: Actor): Promise<StaffUserView[]> {
  const rows = await db
    .select({ user: staffUsers, institution: institutions })
    .from(staffUsers)
    .leftJoin(institutions, eq(institutions.id, staffUsers.institutionId))
    .where(staffListableBy(actor))
    .orderBy(asc(staffUsers.displayName));
  return rows.map((row) => presentStaffUser(row.user, row.institution, actor));
}

export async function getStaffView(
  db: Db,
  actor: Actor,
  id: string,
): Promise<StaffUserView | undefined> {
  const [row] = await db
    .select({ user: staffUsers, institution: institutions })
    .from(staffUsers)
    .leftJoin(institutions, eq(institutions.id, staffUsers.institutionId))
    .where(eq(staffUsers.id, id));
  return row ? presentStaffUser(row.user, row.institution, actor) : undefined;
}
