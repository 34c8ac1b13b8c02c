import {
  LOCALES,
  ageBands,
  availabilityChoices,
  callWindows,
  contactMethods,
  codesOf,
  contactChannels,
  dropReasons,
  economicOutcomes,
  enrolmentStatuses,
  mobilityChoices,
  opportunityKinds,
  schoolingLevels,
  type Vocabulary,
} from '@sanad/core';
import { z } from 'zod';
import { trackingParamsSchema } from '../messages/schemas.ts';
import { survivorOpportunitySchema } from './survivor-schema.ts';

const code = <C extends string>(vocabulary: Vocabulary<C>) => z.enum(codesOf(vocabulary));
const calendarDate = z.iso.date();
const version = z.number().int().min(1);

export const caseParamsSchema = z.strictObject({ caseId: z.uuid() });
export const enrolmentParamsSchema = z.strictObject({ enrolmentId: z.uuid() });
export const referralParamsSchema = z.strictObject({ referralId: z.uuid() });

export const profileSchema = z
  .object({
    seeking: z.array(code(opportunityKinds)),
    provinceCode: z.string().nullable(),
    regionCode: z.string().nullable(),
    ageBand: code(ageBands).nullable(),
    schooling: code(schoolingLevels).nullable(),
    literate: z.boolean().nullable(),
    needsChildcare: z.boolean(),
    mobility: code(mobilityChoices),
    availability: code(availabilityChoices).nullable(),
    languages: z.array(z.enum(LOCALES)),
  })
  .meta({ id: 'EconomicProfile' });

export const profileViewSchema = z
  .object({
    profile: profileSchema,
    skills: z.string().nullable(),
    version: z.number().int().min(0),
    source: z.enum(['saved', 'request', 'none']),
    missing: z.array(z.string()).meta({ description: 'What to ask her next, as field codes' }),
  })
  .meta({ id: 'EconomicProfileView' });

export const profileBodySchema = z
  .strictObject({
    seeking: z.array(code(opportunityKinds)).max(6),
    provinceCode: z
      .string()
      .regex(/^\d{3}$/)
      .nullable(),
    ageBand: code(ageBands).nullable(),
    schooling: code(schoolingLevels).nullable(),
    literate: z.boolean().nullable(),
    needsChildcare: z.boolean(),
    mobility: code(mobilityChoices),
    availability: code(availabilityChoices).nullable(),
    languages: z.array(z.enum(LOCALES)).max(4),
    skills: z.string().trim().max(1000).nullable(),
    /** The version read; 0 when nothing was saved yet. */
    version: z.number().int().min(0),
  })
  .meta({ id: 'EconomicProfileBody' });
export type ProfileBody = z.infer<typeof profileBodySchema>;

export const opportunityCardSchema = z
  .object({
    id: z.uuid(),
    kind: code(opportunityKinds),
    title: z.string(),
    description: z.string(),
    provider: z.object({ id: z.uuid(), name: z.string() }),
    regionCode: z.string().nullable(),
    provinceCodes: z.array(z.string()),
    remote: z.boolean(),
    startsOn: calendarDate.nullable(),
    endsOn: calendarDate.nullable(),
    applyBy: calendarDate.nullable(),
    placesLeft: z.number().int().nullable(),
    childcare: z.boolean(),
    transport: z.boolean(),
    stipend: z.boolean(),
    languages: z.array(z.enum(LOCALES)),
  })
  .meta({ id: 'OpportunityCard' });
export type OpportunityCard = z.infer<typeof opportunityCardSchema>;

const reasonSchema = z
  .object({ code: z.string(), side: z.enum(['for', 'against']) })
  .catchall(z.union([z.string(), z.number()]))
  .meta({ id: 'MatchReason', description: 'A match reason code with its parameters' });

const matchSchema = z.object({
  opportunity: opportunityCardSchema,
  score: z.number(),
  reasons: z.array(reasonSchema),
  /** Where she already stands on it, if it was proposed before. */
  enrolmentStatus: code(enrolmentStatuses).nullable(),
});

export const matchesViewSchema = z
  .object({
    profile: profileSchema,
    missing: z.array(z.string()),
    matches: z.array(matchSchema),
    alternatives: z.array(
      matchSchema.extend({
        relaxed: z.array(
          z.enum(['neighbouring_province', 'outside_region', 'later_session', 'other_kind']),
        ),
      }),
    ),
  })
  .meta({ id: 'OpportunityMatches' });

export const enrolmentViewSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    caseReference: z.string(),
    opportunity: opportunityCardSchema,
    status: code(enrolmentStatuses),
    dropReason: code(dropReasons).nullable(),
    /** For the provider only, while its referral is live: how to reach her. */
    contact: z
      .object({
        firstName: z.string().nullable(),
        phone: z.string().nullable(),
        method: code(contactMethods).nullable(),
        window: code(callWindows).nullable(),
      })
      .nullable(),
    outcome: code(economicOutcomes).nullable(),
    outcomeOn: calendarDate.nullable(),
    referralId: z.uuid().nullable(),
    proposedAt: z.iso.datetime(),
    interestedAt: z.iso.datetime().nullable(),
    referredAt: z.iso.datetime().nullable(),
    appliedAt: z.iso.datetime().nullable(),
    enrolledAt: z.iso.datetime().nullable(),
    completedOn: calendarDate.nullable(),
    droppedAt: z.iso.datetime().nullable(),
    version: version,
    abilities: z.object({
      steps: z.array(
        z.enum(['interest', 'not_interested', 'refer', 'apply', 'enrol', 'complete', 'drop']),
      ),
      recordOutcome: z.boolean(),
    }),
  })
  .meta({ id: 'Enrolment' });
export type EnrolmentView = z.infer<typeof enrolmentViewSchema>;

export const enrolmentResponseSchema = z.object({ enrolment: enrolmentViewSchema });
export const enrolmentListSchema = z.object({ enrolments: z.array(enrolmentViewSchema) });
export const referralEnrolmentSchema = z.object({ enrolment: enrolmentViewSchema.nullable() });

export const proposeBodySchema = z
  .strictObject({ opportunityId: z.uuid() })
  .meta({ id: 'ProposeOpportunityBody' });

export const stepBodySchema = z
  .strictObject({
    step: z.enum(['interest', 'not_interested', 'refer', 'apply', 'enrol', 'complete', 'drop']),
    version,
    dropReason: code(dropReasons).optional(),
    /** Her consent to share with the provider, given now (on a call) when referring. */
    consent: z.strictObject({ channel: code(contactChannels) }).optional(),
    note: z.string().trim().min(1).max(2000).optional(),
  })
  .meta({ id: 'EnrolmentStepBody' });
export type StepBody = z.infer<typeof stepBodySchema>;

export const outcomeBodySchema = z
  .strictObject({ outcome: code(economicOutcomes), on: calendarDate, version })
  .meta({ id: 'EnrolmentOutcomeBody' });
export type OutcomeBody = z.infer<typeof outcomeBodySchema>;

export const providerQuerySchema = z.strictObject({
  view: z.enum(['open', 'closed']).default('open'),
});

export const interestParamsSchema = trackingParamsSchema.extend({ enrolmentId: z.uuid() });

export const interestBodySchema = z
  .strictObject({
    interested: z.boolean(),
    /** She agrees that Sanad passes her request to the organisation that offers it. */
    shareWithProvider: z.boolean().default(false),
  })
  // Passing her request on is part of a yes, never of a no.
  .refine((body) => body.interested || !body.shareWithProvider, {
    path: ['shareWithProvider'],
    message: 'invalid',
  })
  .meta({ id: 'FollowInterestBody' });
export type InterestBody = z.infer<typeof interestBodySchema>;

export type { SurvivorOpportunity } from './survivor-schema.ts';

export const interestResponseSchema = z.object({ opportunity: survivorOpportunitySchema });

export const funnelQuerySchema = z
  .strictObject({
    from: calendarDate,
    to: calendarDate,
    regionCode: z
      .string()
      .regex(/^\d{2}$/)
      .optional(),
    provinceCode: z
      .string()
      .regex(/^\d{3}$/)
      .optional(),
  })
  .refine((query) => query.from <= query.to, { path: ['to'], message: 'before from' });

export const funnelViewSchema = z
  .object({
    from: calendarDate,
    to: calendarDate,
    requests: z.array(
      z.object({
        kind: code(opportunityKinds),
        provinceCode: z.string().nullable(),
        count: z.number().int(),
      }),
    ),
    steps: z.array(
      z.object({
        kind: code(opportunityKinds),
        provinceCode: z.string().nullable(),
        step: z.string(),
        count: z.number().int(),
      }),
    ),
    outcomes: z.array(
      z.object({
        kind: code(opportunityKinds),
        outcome: code(economicOutcomes),
        count: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'EconomicFunnel' });
export type FunnelView = z.infer<typeof funnelViewSchema>;
