import { codesOf, institutionTypes, serviceTypes } from '@sanad/core';
import { z } from 'zod';

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

export const institutionViewSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    type: z.enum(codesOf(institutionTypes)),
    agency: z.string(),
    regionCode: z.string(),
    provinceCode: z.string().optional(),
    coverage: z.array(z.string()),
    services: z.array(z.enum(codesOf(serviceTypes))),
    open247: z.boolean(),
    capacityTotal: z.number().int().optional(),
    capacityFree: z.number().int().optional(),
    contact: contactSchema,
    active: z.boolean(),
    abilities: z.object({ update: z.boolean() }),
  })
  .meta({ id: 'Institution' });

const fields = {
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
  services: z.array(z.enum(codesOf(serviceTypes))).max(8),
  open247: z.boolean(),
  capacityTotal: z.number().int().min(0).max(100_000).optional(),
  contact: contactSchema,
};

export const createInstitutionBodySchema = z.strictObject({
  ...fields,
  services: fields.services.default([]),
  open247: fields.open247.default(false),
  contact: contactSchema.default({}),
});

export const updateInstitutionBodySchema = z.strictObject({
  name: fields.name.optional(),
  type: fields.type.optional(),
  agency: fields.agency.optional(),
  regionCode: fields.regionCode.optional(),
  provinceCode: fields.provinceCode.nullable().optional(),
  coverage: fields.coverage.optional(),
  services: fields.services.optional(),
  open247: fields.open247.optional(),
  capacityTotal: fields.capacityTotal.nullable().optional(),
  capacityFree: z.number().int().min(0).max(100_000).nullable().optional(),
  contact: contactSchema.optional(),
  active: z.boolean().optional(),
});

export const institutionIdParamsSchema = z.object({ id: z.uuid() });
export const institutionResponseSchema = z.object({ institution: institutionViewSchema });
export const institutionListSchema = z.object({ institutions: z.array(institutionViewSchema) });
