import {
  areaTypes,
  codesOf,
  contactChannels,
  institutionTypes,
  referralStatuses,
  serviceTypes,
  urgencyLevels,
  type Vocabulary,
} from '@sanad/core';
import { z } from 'zod';
import { staffRefSchema } from '../cases/view-schema.ts';

const code = <C extends string>(vocabulary: Vocabulary<C>) => z.enum(codesOf(vocabulary));
const service = code(serviceTypes);
const version = z.number().int().min(1);
/** A short free text a person wrote: trimmed, never empty once trimmed. */
const writing = (max: number) => z.string().trim().min(1).max(max);

export const institutionRefSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    type: code(institutionTypes),
    provinceCode: z.string().nullable(),
    regionCode: z.string(),
  })
  .meta({ id: 'ReferralInstitution' });

const reasonSchema = z
  .object({ code: z.string() })
  .catchall(z.union([z.string(), z.number()]))
  .meta({
    id: 'ProposalReason',
    description: 'A reason code of `PROPOSAL_REASON_CODES` with its parameters',
  });

export const proposalViewSchema = z
  .object({
    institution: institutionRefSchema.extend({
      agency: z.string(),
      open247: z.boolean(),
      capacityFree: z.number().int().nullable(),
      phone: z.string().nullable(),
    }),
    rank: z.number().int().min(1),
    territory: z.enum(['province', 'region', 'national', 'elsewhere']),
    openNow: z.boolean(),
    servicesCovered: z.array(service),
    bedsFree: z.number().int().nullable(),
    full: z.boolean(),
    consentGranted: z.boolean(),
    alreadyReferred: z.boolean(),
    reasons: z.array(reasonSchema),
  })
  .meta({ id: 'ReferralProposal' });

export const serviceRecordViewSchema = z
  .object({
    id: z.uuid(),
    serviceType: service,
    startedOn: z.iso.date(),
    endedOn: z.iso.date().nullable(),
    notes: z.string().nullable(),
    recordedBy: staffRefSchema.nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'ServiceRecord' });

const instant = z.iso.datetime().nullable();

export const referralViewSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    caseReference: z.string(),
    status: code(referralStatuses),
    urgency: code(urgencyLevels),
    services: z.array(service),
    institution: institutionRefSchema,
    referredBy: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('helpline') }),
      z.object({ kind: z.literal('institution'), institution: institutionRefSchema }),
    ]),
    emergencyOverride: z.boolean(),
    overrideReason: z
      .string()
      .nullable()
      .meta({ description: 'Referring side only: null for the receiving institution' }),
    reason: z.string().nullable().meta({ description: 'Decline or revocation reason' }),
    noteBack: z.string().nullable(),
    sentBy: staffRefSchema.nullable(),
    createdAt: z.iso.datetime(),
    sentAt: instant,
    acknowledgeDueAt: instant,
    acknowledgedAt: instant,
    acceptDueAt: instant,
    acceptedAt: instant,
    declinedAt: instant,
    startedAt: instant,
    completedAt: instant,
    revokedAt: instant,
    overdue: z.enum(['acknowledge', 'accept']).nullable(),
    escalation: z.number().int().min(0).max(2),
    nextProposal: institutionRefSchema.nullable(),
    serviceRecords: z.array(serviceRecordViewSchema),
    /** `opportunity`: only how to reach her about one opportunity, never her file. */
    scope: z.enum(['case', 'opportunity']),
    allowedTransitions: z.array(code(referralStatuses)),
    abilities: z.object({ send: z.boolean(), recordService: z.boolean() }),
    version: z.number().int(),
  })
  .meta({ id: 'Referral' });

export type ReferralView = z.infer<typeof referralViewSchema>;
export type ProposalView = z.infer<typeof proposalViewSchema>;
export type InstitutionRef = z.infer<typeof institutionRefSchema>;

export const caseParamsSchema = z.object({ caseId: z.uuid() });
export const referralParamsSchema = z.object({ referralId: z.uuid() });

export const proposalsQuerySchema = z.object({
  services: z
    .string()
    .optional()
    .transform((value, context) => {
      if (value === undefined || value.trim() === '') return undefined;
      const codes = [...new Set(value.split(',').map((part) => part.trim()))];
      const known: readonly string[] = codesOf(serviceTypes);
      if (codes.some((c) => !known.includes(c))) {
        context.addIssue({ code: 'custom', message: 'invalid_choice' });
        return z.NEVER;
      }
      return codes as z.infer<typeof service>[];
    }),
});

/** She agrees now (on the phone, at the desk): a sharing consent recorded with the referral. */
const consentNowSchema = z.strictObject({ channel: code(contactChannels) });
const overrideSchema = z.strictObject({ reason: z.string().trim().max(1000) });

export const createReferralBodySchema = z.strictObject({
  institutionId: z.uuid(),
  services: z.array(service).min(1).max(8),
  send: z.boolean().default(true),
  consent: consentNowSchema.optional(),
  emergencyOverride: overrideSchema.optional(),
});

export const sendReferralBodySchema = z.strictObject({
  version,
  consent: consentNowSchema.optional(),
  emergencyOverride: overrideSchema.optional(),
});

export const transitionBodySchema = z.strictObject({
  to: code(referralStatuses),
  version,
  reason: z.string().max(1000).optional(),
  note: z.string().max(4000).optional(),
});

export const serviceRecordBodySchema = z.strictObject({
  serviceType: service,
  startedOn: z.iso.date(),
  endedOn: z.iso.date().optional(),
  notes: writing(4000).optional(),
  version,
});

export const inboxQuerySchema = z.object({
  view: z.enum(['open', 'closed', 'all']).default('open'),
});

export const registerRequestBodySchema = z.strictObject({
  urgency: code(urgencyLevels),
  provinceCode: z.string().regex(/^\d{3}$/),
  areaType: code(areaTypes).optional(),
  services: z.array(service).min(1).max(8),
  firstName: writing(80).optional(),
  phone: z.string().trim().min(6).max(20).optional(),
  summary: writing(2000).optional(),
  consentChannel: code(contactChannels),
  /** She agreed to be helped and guided through the platform (purpose `care`): required. */
  careConsent: z.literal(true, { error: 'required' }),
});

export const proposalsResponseSchema = z.object({
  services: z.array(service),
  proposals: z.array(proposalViewSchema),
});
export const referralResponseSchema = z.object({ referral: referralViewSchema });
export const referralListSchema = z.object({ referrals: z.array(referralViewSchema) });
export const inboxResponseSchema = z.object({
  institution: institutionRefSchema,
  referrals: z.array(referralViewSchema),
});
export const requestCreatedSchema = z.object({ caseId: z.uuid(), reference: z.string() });
export const requestListSchema = z.object({
  requests: z.array(
    z.object({
      caseId: z.uuid(),
      reference: z.string(),
      urgency: code(urgencyLevels),
      createdAt: z.iso.datetime(),
      referrals: z.array(referralViewSchema),
    }),
  ),
});
