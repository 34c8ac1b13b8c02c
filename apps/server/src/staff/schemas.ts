import { codesOf, scopeLevels, staffRoles } from '@sanad/core';
import { z } from 'zod';
import { staffAccountFields } from '../identity/create-user.ts';
import { institutionRefSchema, scopeSchema } from '../identity/schemas.ts';

export const staffUserViewSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    role: z.enum(codesOf(staffRoles)),
    scope: scopeSchema,
    institution: institutionRefSchema.optional(),
    disabled: z.boolean(),
    totpEnrolled: z.boolean(),
    createdAt: z.string(),
    abilities: z.object({ update: z.boolean(), disable: z.boolean(), resetPassword: z.boolean() }),
  })
  .meta({ id: 'StaffUser' });

export const staffListSchema = z.object({ users: z.array(staffUserViewSchema) });

export const createStaffBodySchema = z.strictObject(staffAccountFields);

export const createdStaffSchema = z.object({
  user: staffUserViewSchema,
  temporaryPassword: z.string(),
});

export const updateStaffBodySchema = z.strictObject({
  displayName: z.string().trim().min(1).max(120).optional(),
  role: z.enum(codesOf(staffRoles)).optional(),
  scopeLevel: z.enum(codesOf(scopeLevels)).optional(),
  scopeRegion: z.string().optional(),
  scopeProvince: z.string().optional(),
  institutionId: z.uuid().nullable().optional(),
  disabled: z.boolean().optional(),
});

export const staffIdParamsSchema = z.object({ id: z.uuid() });
export const staffUserResponseSchema = z.object({ user: staffUserViewSchema });
export const resetResponseSchema = z.object({ temporaryPassword: z.string() });
