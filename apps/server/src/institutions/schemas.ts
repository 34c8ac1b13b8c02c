import { areaTypes, codesOf, institutionTypes, serviceTypes } from '@sanad/core';
import { z } from 'zod';
import { openingHoursSchema } from './opening-hours.ts';

const contactSchema = z
  .strictObject({
    phone: z.string().trim().max(40).optional(),
    email: z.email().max(254).optional(),
    address: z.string().trim().max(300).optional(),
  })
  .meta({
    id: 'InstitutionContact',
    description: "The institution's own channels, never a survivor's.",
  });

/** Institutional staff to call: never a survivor. */
export const focalPointSchema = z
  .strictObject({
    name: z.string().trim().min(2).max(120),
    role: z.string().trim().min(2).max(120),
    phone: z.string().trim().min(1).max(40).optional(),
    email: z.email().max(254).optional(),
  })
  .meta({
    id: 'FocalPoint',
    description: "A person to call at the institution: its own staff, never a survivor's details.",
  });

/** The institution's official code: letters, digits and `. _ / -`, as the ministry writes it. */
export const institutionCodeSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}._/-]*$/u);

const areaTypesSchema = z
  .array(z.enum(codesOf(areaTypes)))
  .min(1)
  .max(2)
  .refine((list) => new Set(list).size === list.length);

export const institutionViewSchema = z
  .object({
    id: z.uuid(),
    code: z.string().optional(),
    name: z.string(),
    type: z.enum(codesOf(institutionTypes)),
    agency: z.string(),
    regionCode: z.string(),
    provinceCode: z.string().optional(),
    coverage: z.array(z.string()),
    areaTypes: z.array(z.enum(codesOf(areaTypes))),
    services: z.array(z.enum(codesOf(serviceTypes))),
    open247: z.boolean(),
    openingHours: openingHoursSchema.optional(),
    capacityTotal: z.number().int().optional(),
    capacityFree: z.number().int().optional(),
    capacityUpdatedAt: z.iso.datetime().optional(),
    contact: contactSchema,
    focalPoints: z.array(focalPointSchema),
    active: z.boolean(),
    version: z.number().int().min(1).meta({
      description: 'Bumped by every change an administrator makes; send it back with an edit',
    }),
    abilities: z.object({ update: z.boolean() }),
  })
  .meta({ id: 'Institution' });

const fields = {
  code: institutionCodeSchema,
  name: z.string().trim().min(2).max(200),
  type: z.enum(codesOf(institutionTypes)),
  agency: z.string().trim().min(2).max(200),
  regionCode: z.string().regex(/^\d{2}$/),
  provinceCode: z
    .string()
    .regex(/^\d{3}$/)
    .optional(),
  coverage: z
    .array(z.string().regex(/^\d{3}$/))
    .min(1)
    .max(75),
  areaTypes: areaTypesSchema,
  services: z.array(z.enum(codesOf(serviceTypes))).max(8),
  open247: z.boolean(),
  /** Absent or null: hours not known (routing says so rather than guessing). */
  openingHours: openingHoursSchema.nullable(),
  capacityTotal: z.number().int().min(0).max(100_000).optional(),
  contact: contactSchema,
  focalPoints: z.array(focalPointSchema).max(10),
};

export const createInstitutionBodySchema = z.strictObject({
  ...fields,
  code: fields.code.optional(),
  areaTypes: fields.areaTypes.default(['urban', 'rural']),
  services: fields.services.default([]),
  open247: fields.open247.default(false),
  openingHours: fields.openingHours.optional(),
  contact: contactSchema.default({}),
  focalPoints: fields.focalPoints.default([]),
});

/** An edit: the fields to change, and the version they were read at (409 if it moved on). */
export const updateInstitutionBodySchema = z.strictObject({
  version: z.number().int().min(1),
  code: fields.code.nullable().optional(),
  name: fields.name.optional(),
  type: fields.type.optional(),
  agency: fields.agency.optional(),
  regionCode: fields.regionCode.optional(),
  provinceCode: fields.provinceCode.nullable().optional(),
  coverage: fields.coverage.optional(),
  areaTypes: fields.areaTypes.optional(),
  services: fields.services.optional(),
  open247: fields.open247.optional(),
  openingHours: fields.openingHours.optional(),
  capacityTotal: fields.capacityTotal.nullable().optional(),
  capacityFree: z.number().int().min(0).max(100_000).nullable().optional(),
  contact: contactSchema.optional(),
  focalPoints: fields.focalPoints.optional(),
  active: z.boolean().optional(),
});

export const institutionIdParamsSchema = z.object({ id: z.uuid() });
export const institutionResponseSchema = z.object({ institution: institutionViewSchema });
export const institutionListSchema = z.object({ institutions: z.array(institutionViewSchema) });
