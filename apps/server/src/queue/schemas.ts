import { codesOf, contactChannels, staffRoles, urgencyLevels } from '@sanad/core';
import { z } from 'zod';
import { staffRefSchema } from '../cases/view-schema.ts';

export const queueItemSchema = z
  .object({
    caseId: z.uuid(),
    reference: z.string(),
    kind: z.enum(['violence_report', 'support_request']),
    urgency: z.enum(codesOf(urgencyLevels)),
    status: z.enum(['new', 'in_triage']),
    channel: z.enum(codesOf(contactChannels)),
    provinceCode: z.string().nullable(),
    regionCode: z.string().nullable(),
    createdAt: z.iso.datetime(),
    waitingSeconds: z.number().int().min(0),
    claimedBy: staffRefSchema.nullable(),
    claimedAt: z.iso.datetime().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'QueueItem' });

export const queueSchema = z
  .object({ serverTime: z.iso.datetime(), items: z.array(queueItemSchema) })
  .meta({ id: 'Queue' });

export const caseIdParamsSchema = z.object({ caseId: z.uuid() });

export const claimSchema = z
  .object({
    caseId: z.uuid(),
    claimedBy: staffRefSchema,
    claimedAt: z.iso.datetime(),
    version: z.number().int(),
  })
  .meta({ id: 'CaseClaim' });

export const releaseSchema = z
  .object({ caseId: z.uuid(), version: z.number().int() })
  .meta({ id: 'CaseRelease' });

export const reassignBodySchema = z.strictObject({ staffId: z.uuid() }).meta({ id: 'Reassign' });

export const queueHealthSchema = z
  .object({
    serverTime: z.iso.datetime(),
    waiting: z.number().int().min(0),
    unclaimedUrgent: z.number().int().min(0),
    oldestWaitingSeconds: z.number().int().min(0).nullable(),
    listeners: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        role: z.enum(codesOf(staffRoles)),
        onDuty: z.boolean(),
        lastSeenAt: z.iso.datetime().nullable(),
        openCases: z.number().int().min(0),
      }),
    ),
    overdueFollowUps: z.array(
      z.object({
        followUpId: z.uuid(),
        caseId: z.uuid(),
        reference: z.string(),
        dueAt: z.iso.datetime(),
        ownerName: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'QueueHealth' });
