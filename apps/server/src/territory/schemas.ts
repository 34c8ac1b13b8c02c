import { z } from 'zod';

/** A name in the four languages Sanad speaks. */
export const localizedSchema = z
  .object({ ar: z.string(), fr: z.string(), zgh: z.string(), en: z.string() })
  .meta({
    id: 'Localized',
    description: 'A text in Arabic, French, Tamazight (Tifinagh) and English.',
  });

export const provinceSchema = z
  .object({
    code: z.string().meta({ description: 'HCP three-digit code', example: '541' }),
    iso: z.string().meta({ description: 'ISO 3166-2:MA code', example: 'MA-TAR' }),
    kind: z.enum(['prefecture', 'province']),
    name: localizedSchema,
  })
  .meta({ id: 'Province' });

export const regionSchema = z
  .object({
    code: z.string().meta({ description: 'HCP two-digit code', example: '09' }),
    iso: z.string().meta({ example: 'MA-09' }),
    name: localizedSchema,
    provinces: z.array(provinceSchema),
  })
  .meta({ id: 'Region' });

export const regionsResponseSchema = z.object({ regions: z.array(regionSchema) });
export type RegionsResponse = z.infer<typeof regionsResponseSchema>;
