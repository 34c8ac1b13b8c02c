import {
  ageBands,
  areaTypes,
  callWindows,
  codesOf,
  contactMethods,
  findProvince,
  harmChoices,
  LOCALES,
  perpetratorChoices,
  reporterChoices,
  RISK_ANSWERS,
  RISK_QUESTION_IDS,
  safeNowChoices,
  schoolingLevels,
  seekingChoices,
  urgencyLevels,
  whenChoices,
  type RiskQuestionId,
} from '@sanad/core';
import { z } from 'zod';
import { normalisePhone } from '../platform/crypto/blind-index.ts';

/** Submissions are small: a narrative of 2000 characters is well under this. */
export const PUBLIC_BODY_LIMIT = 16 * 1024;

/** Retries of one submission share a key the app generates once (e.g. a UUID or 22+ chars). */
export const idempotencyHeadersSchema = z.object({
  'idempotency-key': z.string().regex(/^[A-Za-z0-9_-]{16,128}$/),
});

const language = z.enum(LOCALES);
const provinceCode = z
  .string()
  .regex(/^\d{3}$/)
  .refine((code) => findProvince(code) !== undefined, { message: 'unknown province' });

/** A phone number she can be reached on; checked now so a typo is refused before anything. */
const phone = z
  .string()
  .max(40)
  .refine(
    (value) => {
      try {
        normalisePhone(value);
        return true;
      } catch {
        return false;
      }
    },
    { message: 'not a phone number' },
  );

const contactFields = {
  phone: phone.optional(),
  method: z.enum(codesOf(contactMethods)).optional(),
  window: z.enum(codesOf(callWindows)).optional(),
};

const riskAnswers = z.partialRecord(
  z.enum(RISK_QUESTION_IDS as [RiskQuestionId, ...RiskQuestionId[]]),
  z.enum(RISK_ANSWERS),
);

export const reportBodySchema = z
  .strictObject({
    kind: z.enum(['urgent', 'violence']),
    language,
    reporter: z.enum(codesOf(reporterChoices)).default('self'),
    provinceCode: provinceCode.optional(),
    areaType: z.enum(codesOf(areaTypes)).optional(),
    location: z
      .strictObject({
        latitude: z.number().min(-90).max(90),
        longitude: z.number().min(-180).max(180),
        accuracyMeters: z.number().min(0).max(100_000).optional(),
      })
      .optional(),
    safeNow: z.enum(codesOf(safeNowChoices)).optional(),
    harms: z
      .array(z.enum(codesOf(harmChoices)))
      .max(10)
      .optional(),
    when: z.enum(codesOf(whenChoices)).optional(),
    perpetrator: z.enum(codesOf(perpetratorChoices)).optional(),
    risk: riskAnswers.optional(),
    narrative: z.string().trim().max(2000).optional(),
    contact: z
      .strictObject({ ...contactFields, codeWord: z.string().trim().max(40).optional() })
      .optional(),
    consents: z.strictObject({
      care: z.boolean(),
      sharing: z.boolean(),
      statistics: z.boolean(),
      location: z.boolean(),
    }),
  })
  // Her location is taken only with her explicit consent to it (Law 09-08: purpose by purpose).
  .superRefine((body, context) => {
    if (body.location !== undefined && !body.consents.location) {
      context.addIssue({
        code: 'custom',
        path: ['location'],
        message: 'location sent without consent to location',
      });
    }
  })
  .meta({ id: 'PublicReport' });

export const supportBodySchema = z
  .strictObject({
    language,
    seeking: z
      .array(z.enum(codesOf(seekingChoices)))
      .min(1)
      .max(5),
    provinceCode,
    ageBand: z.enum(codesOf(ageBands)),
    schooling: z.enum(codesOf(schoolingLevels)).optional(),
    skills: z.string().trim().max(500).optional(),
    constraints: z
      .strictObject({ childcare: z.boolean().optional(), mobility: z.boolean().optional() })
      .optional(),
    contact: z.strictObject(contactFields).optional(),
    consents: z.strictObject({ care: z.boolean(), sharing: z.boolean(), statistics: z.boolean() }),
  })
  .meta({ id: 'PublicSupportRequest' });

export type ReportBody = z.infer<typeof reportBodySchema>;
export type SupportBody = z.infer<typeof supportBodySchema>;

export const reportCreatedSchema = z
  .object({
    trackingCode: z.string(),
    secret: z.string(),
    urgency: z.enum(codesOf(urgencyLevels)),
    status: z.literal('received'),
  })
  .meta({ id: 'PublicReportCreated' });

export const supportCreatedSchema = z
  .object({ trackingCode: z.string(), secret: z.string(), status: z.literal('received') })
  .meta({ id: 'PublicSupportRequestCreated' });

export type ReportCreated = z.infer<typeof reportCreatedSchema>;
export type SupportCreated = z.infer<typeof supportCreatedSchema>;
