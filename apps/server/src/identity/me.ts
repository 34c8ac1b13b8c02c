import { ALL_ACTIONS, isGranted, type Actor } from '@sanad/core';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../db/database.ts';
import { institutions, staffUsers } from '../db/schema/index.ts';
import { AppError } from '../platform/errors.ts';
import { actorOf, presentScope, scopeOf } from './actor.ts';
import type { meSchema } from './schemas.ts';
import { csrfTokenFor } from './sessions.ts';

export type Me = z.infer<typeof meSchema>;

/**
 * The signed-in user's own view: an explicit allow-list (no hash, no TOTP state), and the
 * abilities the console uses to show or hide its pages — the console never re-derives rules.
 */
export async function presentMe(db: Db, userId: string, sessionToken: string): Promise<Me> {
  const [row] = await db
    .select({ user: staffUsers, institution: institutions })
    .from(staffUsers)
    .leftJoin(institutions, eq(institutions.id, staffUsers.institutionId))
    .where(eq(staffUsers.id, userId));
  if (!row) throw new AppError('unauthenticated');
  const { user, institution } = row;
  const actor: Actor = actorOf(user);
  const scope = scopeOf(user);
  return {
    user: {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      scope: presentScope(scope),
      ...(institution
        ? { institution: { id: institution.id, name: institution.name, type: institution.type } }
        : {}),
      locale:
        user.locale === 'fr' || user.locale === 'zgh' || user.locale === 'en' ? user.locale : 'ar',
      mustChangePassword: user.mustChangePassword,
    },
    csrfToken: csrfTokenFor(sessionToken),
    abilities: {
      manageUsers: isGranted(actor, 'staff.list'),
      manageInstitutions: isGranted(actor, 'institution.list'),
      actions: ALL_ACTIONS.filter((action) => isGranted(actor, action)),
    },
  };
}
