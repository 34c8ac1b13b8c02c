import { areaTypes, codesOf, institutionTypes, serviceTypes } from '@sanad/core';
import { z } from 'zod';
import { openingHoursSchema } from './opening-hours.ts';
import { focalPointSchema } from './schemas.ts';

/**
 * The directory as the network reads it (listeners, supervisors, institutions, admins): who
 * covers where, what they offer, open when, places free, whom to call. Public directory fields
 * only: nothing here is about a survivor.
 */
export const directoryEntrySchema = z
  .object({
    id: z.uuid(),
    code: z.string().nullable(),
    name: z.string(),
    type: z.enum(codesOf(institutionTypes)),
    agency: z.string(),
    regionCode: z.string(),
    provinceCode: z.string().nullable(),
    /** Province codes served, sorted. */
    coverage: z.array(z.string()),
    areaTypes: z.array(z.enum(codesOf(areaTypes))),
    services: z.array(z.enum(codesOf(serviceTypes))),
    open247: z.boolean(),
    openingHours: openingHoursSchema.nullable(),
    openNow: z.boolean().meta({
      description: 'Open at the time of the request (Casablanca time, public holidays closed)',
    }),
    hoursKnown: z.boolean().meta({ description: 'False when not 24/7 and no readable schedule' }),
    nextOpeningAt: z.iso.datetime().nullable().meta({
      description: 'When closed: the next opening within two weeks, if any',
    }),
    capacityTotal: z.number().int().nullable(),
    capacityFree: z.number().int().nullable(),
    capacityUpdatedAt: z.iso.datetime().nullable(),
    contact: z.object({
      phone: z.string().optional(),
      email: z.string().optional(),
      address: z.string().optional(),
    }),
    focalPoints: z.array(focalPointSchema),
  })
  .meta({ id: 'DirectoryEntry' });

export type DirectoryEntry = z.infer<typeof directoryEntrySchema>;

export const directoryQuerySchema = z.object({
  type: z.enum(codesOf(institutionTypes)).optional(),
  /** Seated in the region, or serving one of its provinces. */
  regionCode: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  /** Serving the province (its coverage or its seat). */
  provinceCode: z
    .string()
    .regex(/^\d{3}$/)
    .optional(),
  service: z.enum(codesOf(serviceTypes)).optional(),
  /** Part of the name, agency or code, any case. */
  q: z.string().trim().min(1).max(100).optional(),
});

export type DirectoryQuery = z.infer<typeof directoryQuerySchema>;

export const directoryListSchema = z.object({ institutions: z.array(directoryEntrySchema) });

export const capacityBodySchema = z.strictObject({
  capacityFree: z.number().int().min(0).max(100_000),
});

export const directoryEntryResponseSchema = z.object({ institution: directoryEntrySchema });
