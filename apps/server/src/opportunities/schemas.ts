import { codesOf, LOCALES, opportunityKinds, schoolingLevels } from '@sanad/core';
import { z } from 'zod';
import { PHONE_PATTERN } from '../platform/csv-import/cells.ts';
import { OPPORTUNITY_STATUSES } from './status.ts';

/**
 * The catalogue's API shapes. An opportunity is an institution's public offer: nothing here is
 * about a survivor.
 */

const date = z.iso.date().meta({ description: 'A calendar date in Africa/Casablanca' });

/** Why a manager closes an offer before its time. */
export const CLOSING_REASONS = ['filled', 'cancelled', 'postponed', 'other'] as const;
export type ClosingReason = (typeof CLOSING_REASONS)[number];

/** The provider's own reference: letters, digits and `. _ / -`. */
export const opportunityCodeSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}._/-]*$/u);

const contactSchema = z
  .strictObject({
    phone: z.string().trim().regex(PHONE_PATTERN).optional(),
    email: z.email().max(254).optional(),
    address: z.string().trim().min(1).max(300).optional(),
  })
  .meta({
    id: 'OpportunityContact',
    description: "Whom to ask about the offer: the provider's channels, never a survivor's.",
  });

const eligibilitySchema = z
  .strictObject({
    minAge: z.number().int().min(14).max(99).nullable(),
    maxAge: z.number().int().min(14).max(99).nullable(),
    /** The lowest schooling level required; null: none. */
    schoolingLevel: z.enum(codesOf(schoolingLevels)).nullable(),
    literacyRequired: z.boolean(),
    prerequisites: z.string().trim().max(1000),
  })
  .meta({ id: 'OpportunityEligibility' });

const conditionsSchema = z
  .strictObject({ childcare: z.boolean(), transport: z.boolean(), stipend: z.boolean() })
  .meta({ id: 'OpportunityConditions', description: 'What the provider offers alongside' });

/** The fields a manager writes, in the form as in the file. */
const fields = {
  code: opportunityCodeSchema.nullable(),
  kind: z.enum(codesOf(opportunityKinds)),
  title: z.string().trim().min(3).max(200),
  description: z.string().trim().max(2000),
  regionCode: z
    .string()
    .regex(/^\d{2}$/)
    .nullable(),
  provinceCodes: z
    .array(z.string().regex(/^\d{3}$/))
    .max(75)
    .refine((list) => new Set(list).size === list.length),
  remote: z.boolean(),
  startsOn: date.nullable(),
  endsOn: date.nullable(),
  applyBy: date.nullable(),
  placesTotal: z.number().int().min(0).max(100_000).nullable(),
  eligibility: eligibilitySchema,
  conditions: conditionsSchema,
  languages: z
    .array(z.enum(LOCALES))
    .max(LOCALES.length)
    .refine((list) => new Set(list).size === list.length),
  contact: contactSchema,
};

export const createOpportunityBodySchema = z.strictObject({
  ...fields,
  /** Admins name the provider; a provider's staff leave it out (their own institution). */
  providerId: z.uuid().optional(),
  code: fields.code.default(null),
  description: fields.description.default(''),
  regionCode: fields.regionCode.default(null),
  provinceCodes: fields.provinceCodes.default([]),
  remote: fields.remote.default(false),
  startsOn: fields.startsOn.default(null),
  endsOn: fields.endsOn.default(null),
  applyBy: fields.applyBy.default(null),
  placesTotal: fields.placesTotal.default(null),
  /** Places left when created; defaults to the total. */
  placesLeft: z.number().int().min(0).max(100_000).nullable().optional(),
  languages: fields.languages.default([]),
  contact: contactSchema.default({}),
});

export type CreateOpportunityInput = z.infer<typeof createOpportunityBodySchema>;

/**
 * An edit: every field again, and the version it was read at (409 if it moved on). The places
 * left are not sent: enrolments move them meanwhile, so a new total adjusts them by the
 * difference instead.
 */
export const updateOpportunityBodySchema = z.strictObject({
  ...fields,
  version: z.number().int().min(1),
});

export type UpdateOpportunityInput = z.infer<typeof updateOpportunityBodySchema>;

export const closeOpportunityBodySchema = z.strictObject({
  version: z.number().int().min(1),
  reason: z.enum(CLOSING_REASONS).optional(),
});

export const opportunityViewSchema = z
  .object({
    id: z.uuid(),
    code: z.string().nullable(),
    kind: z.enum(codesOf(opportunityKinds)),
    provider: z.object({ id: z.uuid(), name: z.string() }),
    title: z.string(),
    description: z.string(),
    regionCode: z.string().nullable(),
    provinceCodes: z.array(z.string()),
    remote: z.boolean(),
    startsOn: date.nullable(),
    endsOn: date.nullable(),
    applyBy: date.nullable(),
    placesTotal: z.number().int().nullable(),
    placesLeft: z.number().int().nullable(),
    eligibility: eligibilitySchema,
    conditions: conditionsSchema,
    languages: z.array(z.enum(LOCALES)),
    contact: contactSchema,
    status: z.enum(OPPORTUNITY_STATUSES).meta({
      description:
        'Read at the time of the request: closed by its manager, expired once its deadline or ' +
        'end has passed (Casablanca calendar), full when no place is left, else open',
    }),
    closedReason: z.enum(CLOSING_REASONS).nullable(),
    version: z.number().int().min(1).meta({
      description: 'Bumped by every change its manager makes; send it back with an edit',
    }),
    updatedAt: z.iso.datetime(),
    abilities: z.object({ canManage: z.boolean() }),
  })
  .meta({ id: 'Opportunity' });

export type OpportunityView = z.infer<typeof opportunityViewSchema>;

export const opportunityListQuerySchema = z.object({
  kind: z.enum(codesOf(opportunityKinds)).optional(),
  /** Held in the region (its own or one of its provinces), or given remotely. */
  regionCode: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  /** Covering the province, region-wide in its region, or given remotely. */
  provinceCode: z
    .string()
    .regex(/^\d{3}$/)
    .optional(),
  providerId: z.uuid().optional(),
  status: z.enum([...OPPORTUNITY_STATUSES, 'all']).default('open'),
  /** Part of the title, any case. */
  q: z.string().trim().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export type OpportunityListQuery = z.infer<typeof opportunityListQuerySchema>;

export const opportunityListSchema = z.object({
  opportunities: z.array(opportunityViewSchema),
  /** All the rows the filters match, for paging. */
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});

export const opportunityIdParamsSchema = z.object({ id: z.uuid() });
export const opportunityResponseSchema = z.object({ opportunity: opportunityViewSchema });
