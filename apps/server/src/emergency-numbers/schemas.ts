import { z } from 'zod';
import { EMERGENCY_NUMBER_KINDS } from '../db/schema/index.ts';

/** At most this many numbers: the home screen must stay short enough to read in a hurry. */
export const MAX_EMERGENCY_NUMBERS = 8;

const labelText = z.string().trim().min(1).max(120);

const labelSchema = z
  .strictObject({ ar: labelText, fr: labelText, zgh: labelText, en: labelText })
  .meta({ id: 'EmergencyNumberLabel', description: 'What the number reaches, in four languages.' });

export const emergencyNumberViewSchema = z
  .object({
    id: z.uuid(),
    number: z.string(),
    label: z.object({ ar: z.string(), fr: z.string(), zgh: z.string(), en: z.string() }),
    kind: z.enum(EMERGENCY_NUMBER_KINDS),
    position: z.number().int(),
  })
  .meta({ id: 'EmergencyNumber' });

export const emergencyNumberListSchema = z
  .object({ numbers: z.array(emergencyNumberViewSchema) })
  .meta({ id: 'EmergencyNumbers' });

const entrySchema = z.strictObject({
  /** Kept when editing an existing entry, absent for a new one. */
  id: z.uuid().optional(),
  // Digits only, as dialled: no spaces, no "+", no letters (a `tel:` link must just work).
  number: z.string().regex(/^\d{2,10}$/),
  kind: z.enum(EMERGENCY_NUMBER_KINDS),
  label: labelSchema,
});

/** The whole list, in display order: it replaces the current one. */
export const replaceEmergencyNumbersBodySchema = z.strictObject({
  numbers: z
    .array(entrySchema)
    .min(1)
    .max(MAX_EMERGENCY_NUMBERS)
    .superRefine((entries, context) => {
      // Named on the repeated entry, so the form can show the problem next to it.
      const seenNumbers = new Set<string>();
      const seenIds = new Set<string>();
      entries.forEach((entry, index) => {
        if (seenNumbers.has(entry.number)) {
          context.addIssue({ code: 'custom', path: [index, 'number'], message: 'duplicate' });
        }
        seenNumbers.add(entry.number);
        if (entry.id !== undefined) {
          if (seenIds.has(entry.id)) {
            context.addIssue({ code: 'custom', path: [index, 'id'], message: 'duplicate' });
          }
          seenIds.add(entry.id);
        }
      });
    }),
});

export type EmergencyNumberView = z.infer<typeof emergencyNumberViewSchema>;
export type EmergencyNumberList = z.infer<typeof emergencyNumberListSchema>;
export type ReplaceEmergencyNumbersBody = z.infer<typeof replaceEmergencyNumbersBodySchema>;
