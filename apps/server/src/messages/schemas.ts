import { FOLLOW_STEPS } from '@sanad/core';
import { z } from 'zod';
import { survivorOpportunitySchema } from '../pathway/survivor-schema.ts';

/** The code as shown (`XXXX-XXXX`) or typed loosely; checked against the database, not here. */
export const trackingParamsSchema = z.object({ trackingCode: z.string().min(1).max(20) });

export const requestSecretHeadersSchema = z.object({
  'x-request-secret': z.string().min(1).max(40),
});

export const messageViewSchema = z
  .object({
    id: z.uuid(),
    from: z.enum(['survivor', 'listener']),
    body: z.string(),
    sentAt: z.iso.datetime(),
  })
  .meta({ id: 'FollowMessage' });

export const requestViewSchema = z
  .object({
    trackingCode: z.string(),
    kind: z.enum(['violence_report', 'support_request']),
    status: z.enum(['received', 'in_progress', 'closed']),
    statusSince: z.iso.datetime(),
    progress: z
      .array(z.object({ step: z.enum(FOLLOW_STEPS), at: z.iso.datetime() }))
      .meta({ description: 'Steps reached, in plain words, never naming an institution' }),
    messages: z.array(messageViewSchema),
    opportunities: z
      .array(survivorOpportunitySchema)
      .meta({ description: 'Opportunities proposed to her, and where she stands on each' }),
  })
  .meta({ id: 'FollowRequest' });

export const messageBodySchema = z
  .strictObject({ body: z.string().trim().min(1).max(2000) })
  .meta({ id: 'FollowMessageBody' });

export const messageCreatedSchema = z.object({ message: messageViewSchema });
