import { codesOf, opportunityKinds } from '@sanad/core';
import { z } from 'zod';

/** What her app shows of an opportunity proposed to her, in plain words. */
export const survivorOpportunitySchema = z
  .object({
    enrolmentId: z.uuid(),
    kind: z.enum(codesOf(opportunityKinds)),
    title: z.string(),
    description: z.string(),
    provider: z.string(),
    provinceCodes: z.array(z.string()),
    remote: z.boolean(),
    startsOn: z.iso.date().nullable(),
    applyBy: z.iso.date().nullable(),
    childcare: z.boolean(),
    transport: z.boolean(),
    stipend: z.boolean(),
    stage: z.enum(['proposed', 'waiting', 'in_progress', 'done', 'stopped']),
    /** False once the offer closed, expired or filled up: she can no longer say yes. */
    open: z.boolean(),
  })
  .meta({ id: 'FollowOpportunity' });
export type SurvivorOpportunity = z.infer<typeof survivorOpportunitySchema>;
