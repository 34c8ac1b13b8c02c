import {
  areaTypes,
  callOutcomes,
  caseStatuses,
  codesOf,
  contactChannels,
  contactTypes,
  findProvince,
  occurredInThePast,
  urgencyLevels,
} from '@sanad/core';
import { z } from 'zod';
import { normalisePhone } from '../platform/crypto/blind-index.ts';
import { contactViewSchema } from '../cases/view-schema.ts';

/** A number as typed by the listener (any Moroccan spelling, or + and a country code). */
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

const provinceCode = z
  .string()
  .regex(/^\d{3}$/)
  .refine((code) => findProvince(code) !== undefined, { message: 'unknown province' });

const direction = z.enum(['inbound', 'outbound']);
const outcome = z.enum(codesOf(callOutcomes));

/** POST so the number never sits in a URL, a log line or a browser history. */
export const lookupBodySchema = z.strictObject({ phone }).meta({ id: 'ContactLookup' });

export const earlierContactSchema = z
  .object({
    contactId: z.uuid(),
    occurredAt: z.iso.datetime(),
    channel: z.enum(codesOf(contactChannels)),
    type: z.enum(codesOf(contactTypes)),
    direction,
    outcome: outcome.nullable(),
    caseId: z.uuid().nullable(),
    caseReference: z.string().nullable(),
    caseStatus: z.enum(codesOf(caseStatuses)).nullable(),
    urgency: z.enum(codesOf(urgencyLevels)).nullable(),
  })
  .meta({ id: 'EarlierContact' });

export const lookupResultSchema = z
  .object({ earlier: z.array(earlierContactSchema) })
  .meta({ id: 'ContactLookupResult' });

export const openCaseSchema = z
  .strictObject({
    kind: z.enum(['violence_report', 'support_request']),
    urgency: z.enum(codesOf(urgencyLevels)),
    provinceCode: provinceCode.optional(),
    areaType: z.enum(codesOf(areaTypes)).optional(),
  })
  .meta({ id: 'OpenCaseFromContact' });

export const createContactBodySchema = z
  .strictObject({
    direction,
    channel: z.enum(codesOf(contactChannels)),
    type: z.enum(codesOf(contactTypes)),
    phone: phone.optional(),
    /** Logged after the fact: when it happened. Never ahead of the server's clock. */
    occurredAt: z.iso
      .datetime({ offset: true })
      .refine((at) => occurredInThePast(new Date(at), new Date()), { message: 'in the future' })
      .optional(),
    durationSeconds: z.number().int().min(0).max(86_400).optional(),
    notes: z.string().trim().min(1).max(4000).optional(),
    outcome: outcome.optional(),
    caseId: z.uuid().optional(),
    openCase: openCaseSchema.optional(),
    onBehalfOfInstitutionId: z.uuid().optional(),
  })
  .refine((body) => body.caseId === undefined || body.openCase === undefined, {
    path: ['openCase'],
    message: 'a contact is attached to an existing case or opens one, not both',
  })
  .meta({ id: 'NewContact' });

export type NewContact = z.infer<typeof createContactBodySchema>;

export const contactCreatedSchema = z
  .object({
    contact: contactViewSchema,
    case: z.object({ caseId: z.uuid(), reference: z.string() }).nullable(),
  })
  .meta({ id: 'ContactCreated' });
