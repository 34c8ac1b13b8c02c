import {
  areaTypes,
  caseStatuses,
  codesOf,
  consentPurposes,
  contactChannels,
  findProvince,
  gbvimsTypes,
  perpetratorRelations,
  RISK_ANSWERS,
  RISK_QUESTION_IDS,
  urgencyLevels,
  violenceContexts,
  violenceForms,
  type RiskQuestionId,
} from '@sanad/core';
import { z } from 'zod';
import { caseViewSchema } from './view-schema.ts';

/** Request bodies of the case file's routes. Strict objects: an unknown field is refused. */

export const caseParamsSchema = z.object({ caseId: z.uuid() });
export const consentParamsSchema = z.object({ caseId: z.uuid(), consentId: z.uuid() });
export const followUpParamsSchema = z.object({ caseId: z.uuid(), followUpId: z.uuid() });

/** The version the client last read: a write based on an older one is refused (409). */
const version = z.number().int().min(1);

export const provinceCodeSchema = z
  .string()
  .regex(/^\d{3}$/)
  .refine((code) => findProvince(code) !== undefined, { message: 'unknown province' });

export const patchCaseBodySchema = z.strictObject({
  version,
  urgency: z.enum(codesOf(urgencyLevels)).optional(),
  provinceCode: provinceCodeSchema.optional(),
  areaType: z.enum(codesOf(areaTypes)).optional(),
  /** Null removes the plan. */
  safetyPlan: z.string().trim().min(1).max(8000).nullable().optional(),
});

export const statusBodySchema = z.strictObject({
  version,
  status: z.enum(codesOf(caseStatuses)),
  /** A closing-reason code to close, a reopening-reason code to reopen (packages/core/casework). */
  reason: z.string().max(40).optional(),
});

export const incidentBodySchema = z.strictObject({
  forms: z.array(z.enum(codesOf(violenceForms))).max(9),
  gbvimsType: z.enum(codesOf(gbvimsTypes)).optional(),
  contexts: z.array(z.enum(codesOf(violenceContexts))).max(8),
  perpetratorRelation: z.enum(codesOf(perpetratorRelations)).optional(),
  occurredOn: z.iso.date().optional(),
  provinceCode: provinceCodeSchema.optional(),
  areaType: z.enum(codesOf(areaTypes)).optional(),
  narrative: z.string().trim().min(1).max(4000).optional(),
});

export const riskBodySchema = z.strictObject({
  version,
  answers: z.partialRecord(
    z.enum(RISK_QUESTION_IDS as [RiskQuestionId, ...RiskQuestionId[]]),
    z.enum(RISK_ANSWERS),
  ),
  overrideLevel: z.enum(codesOf(urgencyLevels)).optional(),
  /** Required with an override; encrypted, never in the audit trail. */
  overrideReason: z.string().trim().min(1).max(1000).optional(),
});

export const consentBodySchema = z.strictObject({
  purpose: z.enum(codesOf(consentPurposes)),
  granted: z.boolean(),
  channel: z.enum(codesOf(contactChannels)),
  institutionId: z.uuid().optional(),
});

export const followUpBodySchema = z.strictObject({
  kind: z.enum(['callback', 'follow_up']),
  dueAt: z.iso.datetime({ offset: true }),
  note: z.string().trim().min(1).max(2000).optional(),
});

export const staffMessageBodySchema = z.strictObject({
  body: z.string().trim().min(1).max(2000),
});

export const caseResponseSchema = caseViewSchema;

export type PatchCaseBody = z.infer<typeof patchCaseBodySchema>;
export type StatusBody = z.infer<typeof statusBodySchema>;
export type IncidentBody = z.infer<typeof incidentBodySchema>;
export type RiskBody = z.infer<typeof riskBodySchema>;
export type ConsentBody = z.infer<typeof consentBodySchema>;
export type FollowUpBody = z.infer<typeof followUpBodySchema>;
