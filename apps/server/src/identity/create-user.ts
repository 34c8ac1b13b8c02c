import { codesOf, findProvince, findRegion, LOCALES, scopeLevels, staffRoles } from '@sanad/core';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { institutions, staffUsers } from '../db/schema/index.ts';
import { AppError, invalidField } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { hashPassword, MIN_PASSWORD_LENGTH } from './passwords.ts';

const INSTITUTION_ROLES = new Set(['institution_agent', 'institution_manager']);

/** An account's fields, shared by the CLI, the demo and the admin API (which has no password). */
export const staffAccountFields = {
  email: z.email().max(254),
  displayName: z.string().trim().min(1).max(120),
  role: z.enum(codesOf(staffRoles)),
  scopeLevel: z.enum(codesOf(scopeLevels)).default('national'),
  scopeRegion: z.string().optional(),
  scopeProvince: z.string().optional(),
  institutionId: z.uuid().optional(),
  locale: z.enum(LOCALES).default('ar'),
};

/** What it takes to create a staff account; the same schema serves the CLI and the API. */
export const createUserSchema = z
  .object({ ...staffAccountFields, password: z.string().min(MIN_PASSWORD_LENGTH).max(256) })
  .strict()
  .superRefine((input, ctx) => {
    if (input.scopeLevel === 'region' && !findRegion(input.scopeRegion ?? '')) {
      ctx.addIssue({ code: 'custom', path: ['scopeRegion'], message: 'a known region code' });
    }
    if (input.scopeLevel === 'province' && !findProvince(input.scopeProvince ?? '')) {
      ctx.addIssue({ code: 'custom', path: ['scopeProvince'], message: 'a known province code' });
    }
    if (INSTITUTION_ROLES.has(input.role) && input.institutionId === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['institutionId'],
        message: 'required for institution roles',
      });
    }
  });

export type CreateUserInput = z.input<typeof createUserSchema>;

/**
 * Creates a staff account (`sanad create-user`, the demo seed, and later the admin console).
 * E-mails are unique case-insensitively; an institution role needs an existing institution.
 */
export async function createStaffUser(db: Db, raw: CreateUserInput): Promise<{ id: string }> {
  const input = createUserSchema.parse(raw);
  if (input.institutionId !== undefined) {
    const [found] = await db
      .select({ id: institutions.id })
      .from(institutions)
      .where(eq(institutions.id, input.institutionId));
    if (!found) throw invalidField('institutionId', 'invalid_choice');
  }
  const [taken] = await db
    .select({ id: staffUsers.id })
    .from(staffUsers)
    .where(sql`lower(${staffUsers.email}) = lower(${input.email})`);
  if (taken) throw new AppError('conflict', { detail: 'a staff account already uses this e-mail' });

  const id = newId();
  await db.insert(staffUsers).values({
    id,
    email: input.email,
    displayName: input.displayName,
    passwordHash: await hashPassword(input.password),
    role: input.role,
    scopeLevel: input.scopeLevel,
    // A province scope also records its region, so region-level rules and queries see it.
    scopeRegion:
      input.scopeLevel === 'region'
        ? (input.scopeRegion ?? null)
        : input.scopeLevel === 'province'
          ? (findProvince(input.scopeProvince ?? '')?.regionCode ?? null)
          : null,
    scopeProvince: input.scopeLevel === 'province' ? (input.scopeProvince ?? null) : null,
    institutionId: input.institutionId ?? null,
    locale: input.locale,
  });
  return { id };
}
