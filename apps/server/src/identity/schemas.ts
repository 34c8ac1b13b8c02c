import { ALL_ACTIONS, codesOf, LOCALES, scopeLevels, staffRoles, type Action } from '@sanad/core';
import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from './passwords.ts';

export const loginBodySchema = z.strictObject({
  email: z.string().trim().min(3).max(254),
  password: z.string().min(1).max(256),
});

export const loginResponseSchema = z
  .discriminatedUnion('next', [
    z.object({ next: z.literal('totp'), csrfToken: z.string() }),
    z.object({
      next: z.literal('enrol_totp'),
      csrfToken: z.string(),
      enrolment: z.object({ secret: z.string(), otpauthUri: z.string(), qrSvg: z.string() }),
    }),
  ])
  .meta({ id: 'LoginResponse' });

export const totpBodySchema = z.union([
  z.strictObject({ code: z.string().regex(/^\d{6}$/) }),
  z.strictObject({ recoveryCode: z.string().min(12).max(20) }),
]);

export const scopeSchema = z
  .object({
    level: z.enum(codesOf(scopeLevels)),
    region: z.string().optional(),
    province: z.string().optional(),
  })
  .meta({ id: 'Scope' });

export const institutionRefSchema = z
  .object({ id: z.uuid(), name: z.string(), type: z.string() })
  .meta({ id: 'InstitutionRef' });

export const meSchema = z
  .object({
    user: z.object({
      id: z.uuid(),
      email: z.string(),
      displayName: z.string(),
      role: z.enum(codesOf(staffRoles)),
      scope: scopeSchema,
      institution: institutionRefSchema.optional(),
      locale: z.enum(LOCALES),
      mustChangePassword: z.boolean(),
    }),
    csrfToken: z.string(),
    abilities: z.object({
      manageUsers: z.boolean(),
      manageInstitutions: z.boolean(),
      /** Every action the role grants; record rules still decide per record (404). */
      actions: z.array(z.enum(ALL_ACTIONS as [Action, ...Action[]])),
    }),
  })
  .meta({ id: 'Me' });

export const totpResponseSchema = z.object({
  me: meSchema,
  recoveryCodes: z.array(z.string()).optional(),
});

export const logoutBodySchema = z.strictObject({ everywhere: z.boolean().optional() }).optional();

export const passwordBodySchema = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(MIN_PASSWORD_LENGTH).max(256),
});
