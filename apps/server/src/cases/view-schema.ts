import {
  ageBands,
  areaTypes,
  callWindows,
  caseStatuses,
  codesOf,
  consentPurposes,
  contactChannels,
  contactMethods,
  contactTypes,
  gbvimsTypes,
  harmChoices,
  institutionTypes,
  perpetratorChoices,
  perpetratorRelations,
  reporterChoices,
  RISK_ANSWERS,
  safeNowChoices,
  schoolingLevels,
  seekingChoices,
  urgencyLevels,
  violenceContexts,
  violenceForms,
  whenChoices,
  type Vocabulary,
} from '@sanad/core';
import { z } from 'zod';

/** A staff member as a case file names them: staff data, never the survivor's. */
export const staffRefSchema = z.object({ id: z.uuid(), name: z.string() }).meta({ id: 'StaffRef' });

const code = <C extends string>(vocabulary: Vocabulary<C>) => z.enum(codesOf(vocabulary));

const intakeSchema = z
  .object({
    reporter: code(reporterChoices),
    safeNow: code(safeNowChoices).nullable(),
    occurredWhen: code(whenChoices).nullable(),
    harms: z.array(code(harmChoices)),
    perpetrator: code(perpetratorChoices).nullable(),
    contactMethod: code(contactMethods).nullable(),
    callWindow: code(callWindows).nullable(),
    codeWord: z.string().nullable(),
    phone: z.string().nullable(),
    location: z
      .string()
      .nullable()
      .meta({ description: '"lat,lon" (±accuracy m) when she shared it' }),
    sharingConsent: z.boolean(),
    seeking: z.array(code(seekingChoices)),
    ageBand: code(ageBands).nullable(),
    schooling: code(schoolingLevels).nullable(),
    skills: z.string().nullable(),
    needsChildcare: z.boolean().nullable(),
    needsMobility: z.boolean().nullable(),
  })
  .meta({ id: 'CaseIntake', description: 'What she answered in the app, as she gave it' });

export const incidentViewSchema = z
  .object({
    id: z.uuid(),
    forms: z.array(code(violenceForms)),
    gbvimsType: code(gbvimsTypes).nullable(),
    contexts: z.array(code(violenceContexts)),
    perpetratorRelation: code(perpetratorRelations).nullable(),
    occurredOn: z.iso.date().nullable(),
    provinceCode: z.string().nullable(),
    areaType: code(areaTypes).nullable(),
    narrative: z.string().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'CaseIncident' });

export const riskAssessmentViewSchema = z
  .object({
    id: z.uuid(),
    instrumentVersion: z.string(),
    answers: z.record(z.string(), z.enum(RISK_ANSWERS)),
    score: z.number().int(),
    computedLevel: code(urgencyLevels),
    redFlags: z.array(z.string()),
    finalLevel: code(urgencyLevels),
    overrideReason: z.string().nullable(),
    assessedBy: staffRefSchema.nullable().meta({ description: 'Null: her own answers in the app' }),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'CaseRiskAssessment' });

export const consentViewSchema = z
  .object({
    id: z.uuid(),
    purpose: code(consentPurposes),
    granted: z.boolean(),
    channel: code(contactChannels),
    institutionId: z.uuid().nullable(),
    recordedAt: z.iso.datetime(),
    recordedBy: staffRefSchema.nullable(),
    withdrawnAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'CaseConsent' });

export const followUpViewSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(['callback', 'follow_up']),
    dueAt: z.iso.datetime(),
    note: z.string().nullable(),
    doneAt: z.iso.datetime().nullable(),
    assignedTo: staffRefSchema.nullable(),
  })
  .meta({ id: 'CaseFollowUp' });

export const contactViewSchema = z
  .object({
    id: z.uuid(),
    direction: z.enum(['inbound', 'outbound']),
    channel: code(contactChannels),
    type: code(contactTypes),
    occurredAt: z.iso.datetime(),
    durationSeconds: z.number().int().nullable(),
    notes: z.string().nullable(),
    outcome: z.string().nullable(),
    handledBy: staffRefSchema.nullable(),
    caseId: z.uuid().nullable(),
  })
  .meta({ id: 'ContactView' });

export const caseMessageViewSchema = z
  .object({
    id: z.uuid(),
    from: z.enum(['survivor', 'staff']),
    staffName: z.string().nullable(),
    body: z.string(),
    sentAt: z.iso.datetime(),
  })
  .meta({ id: 'CaseMessage' });

export const timelineEntrySchema = z
  .object({
    at: z.iso.datetime(),
    kind: z.string().meta({ description: 'Audit action code, e.g. risk.assessed' }),
    by: staffRefSchema.nullable(),
    summary: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  })
  .meta({ id: 'CaseTimelineEntry' });

const institutionRefSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  type: code(institutionTypes),
  provinceCode: z.string().nullable(),
});

export const urgentPathSchema = z
  .object({
    security: z.object({
      service: z.enum(['dgsn', 'gendarmerie']),
      reason: z.enum(['urban', 'rural', 'unknown_area']),
      institutions: z.array(institutionRefSchema),
    }),
    prosecution: z.array(institutionRefSchema),
  })
  .meta({ id: 'CaseUrgentPath' });

export const caseViewSchema = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    kind: z.enum(['violence_report', 'support_request']),
    status: code(caseStatuses),
    urgency: code(urgencyLevels),
    version: z.number().int(),
    provinceCode: z.string().nullable(),
    regionCode: z.string().nullable(),
    areaType: code(areaTypes).nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    claimedBy: staffRefSchema.nullable(),
    claimedAt: z.iso.datetime().nullable(),
    trackingCode: z.string().nullable(),
    intake: intakeSchema.nullable(),
    incidents: z.array(incidentViewSchema),
    riskAssessments: z.array(riskAssessmentViewSchema),
    consents: z.array(consentViewSchema),
    safetyPlan: z.string().nullable(),
    safetyPlanUpdatedAt: z.iso.datetime().nullable(),
    followUps: z.array(followUpViewSchema),
    contacts: z.array(contactViewSchema),
    messages: z.array(caseMessageViewSchema),
    timeline: z.array(timelineEntrySchema),
    allowedTransitions: z.array(code(caseStatuses)),
    urgentPath: urgentPathSchema.nullable(),
    abilities: z.object({
      update: z.boolean(),
      claim: z.boolean(),
      release: z.boolean(),
      reassign: z.boolean(),
      message: z.boolean(),
    }),
  })
  .meta({ id: 'CaseView' });

export type CaseView = z.infer<typeof caseViewSchema>;
export type IntakeView = z.infer<typeof intakeSchema>;
export type IncidentView = z.infer<typeof incidentViewSchema>;
export type RiskAssessmentView = z.infer<typeof riskAssessmentViewSchema>;
export type ConsentView = z.infer<typeof consentViewSchema>;
export type FollowUpView = z.infer<typeof followUpViewSchema>;
export type ContactView = z.infer<typeof contactViewSchema>;
export type CaseMessageView = z.infer<typeof caseMessageViewSchema>;
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
