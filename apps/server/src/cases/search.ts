import { caseStatuses, codesOf, urgencyLevels, type Actor } from '@sanad/core';
import { and, desc, eq, gte, lt, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { auditActorOf, recordAudit, recordAudits } from '../audit/record.ts';
import { casesReadableBy } from '../authorization/scopes.ts';
import type { Db } from '../db/database.ts';
import { cases, contacts, persons, publicRequests, staffUsers } from '../db/schema/index.ts';
import { CODE_LENGTH, readCrockford } from '../intake/tracking.ts';
import { InvalidPhoneError, phoneBlindIndex } from '../platform/crypto/blind-index.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';
import { invalidField } from '../platform/errors.ts';
import { provinceCodeSchema } from './schemas.ts';
import { staffRefSchema } from './view-schema.ts';
import { staffRef } from './view-records.ts';

export const searchBodySchema = z.strictObject({
  trackingCode: z.string().trim().min(1).max(20).optional(),
  reference: z.string().trim().min(1).max(40).optional(),
  phone: z.string().trim().min(1).max(40).optional(),
  status: z.enum(codesOf(caseStatuses)).optional(),
  urgency: z.enum(codesOf(urgencyLevels)).optional(),
  provinceCode: provinceCodeSchema.optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  limit: z.number().int().min(1).max(100).default(50),
});

export const searchResultSchema = z
  .object({
    items: z.array(
      z.object({
        caseId: z.uuid(),
        reference: z.string(),
        kind: z.enum(['violence_report', 'support_request']),
        status: z.enum(codesOf(caseStatuses)),
        urgency: z.enum(codesOf(urgencyLevels)),
        provinceCode: z.string().nullable(),
        createdAt: z.iso.datetime(),
        claimedBy: staffRefSchema.nullable(),
      }),
    ),
  })
  .meta({ id: 'CaseSearchResult' });

export type SearchBody = z.infer<typeof searchBodySchema>;
export type SearchResult = z.infer<typeof searchResultSchema>;

/** The cases her number reached us about: as the survivor, or on a contact of the case. */
async function phoneCondition(tx: Db, keyring: Keyring, phone: string): Promise<SQL> {
  let bidx: Buffer;
  try {
    bidx = await phoneBlindIndex(tx, keyring, phone);
  } catch (error) {
    if (error instanceof InvalidPhoneError) throw invalidField('body.phone', 'invalid_format');
    throw error;
  }
  const matching = sql`SELECT ${persons.id} FROM ${persons} WHERE ${persons.phoneBidx} = ${bidx} AND ${persons.erasedAt} IS NULL`;
  const viaContact = sql`EXISTS (SELECT 1 FROM ${contacts} WHERE ${contacts.caseId} = ${cases.id} AND ${contacts.personId} IN (${matching}))`;
  return or(sql`${cases.survivorId} IN (${matching})`, viaContact) ?? viaContact;
}

/**
 * Finds cases by what a caller or colleague has at hand: her tracking code, a case reference,
 * her number (through its blind index, never in clear), or the queue's own fields. Filtered in
 * SQL by `casesReadableBy` — the twin of `canReadCase` — so nothing outside the actor's reach is
 * ever loaded. Audited as `case.searched` with which criteria were used, never their values.
 */
export async function searchCases(
  db: Db,
  keyring: Keyring,
  actor: Actor,
  body: SearchBody,
  requestId: string,
): Promise<SearchResult> {
  return db.transaction(async (tx) => {
    const conditions: (SQL | undefined)[] = [casesReadableBy(actor)];
    if (body.trackingCode !== undefined) {
      // A code that cannot be one of ours matches nothing, like an unknown one.
      const code = readCrockford(body.trackingCode, CODE_LENGTH) ?? '';
      conditions.push(
        sql`EXISTS (SELECT 1 FROM ${publicRequests} WHERE ${publicRequests.caseId} = ${cases.id} AND ${publicRequests.trackingCode} = ${code})`,
      );
    }
    if (body.reference !== undefined) {
      conditions.push(eq(cases.reference, body.reference.toUpperCase()));
    }
    if (body.phone !== undefined) conditions.push(await phoneCondition(tx, keyring, body.phone));
    if (body.status !== undefined) conditions.push(eq(cases.status, body.status));
    if (body.urgency !== undefined) conditions.push(eq(cases.urgency, body.urgency));
    if (body.provinceCode !== undefined) conditions.push(eq(cases.provinceCode, body.provinceCode));
    if (body.from !== undefined) conditions.push(gte(cases.createdAt, new Date(body.from)));
    if (body.to !== undefined) conditions.push(lt(cases.createdAt, new Date(body.to)));
    const rows = await tx
      .select({ c: cases, ownerName: staffUsers.displayName })
      .from(cases)
      .leftJoin(staffUsers, eq(staffUsers.id, cases.ownerId))
      .where(and(...conditions))
      .orderBy(desc(cases.createdAt), desc(cases.id))
      .limit(body.limit);
    const used = Object.keys(body).filter((field) => field !== 'limit');
    await recordAudit(tx, {
      action: 'case.searched',
      actor: auditActorOf(actor),
      recordType: 'case',
      diff: { fields: used, results: rows.length },
      requestId,
    });
    // Each case found is also marked in its own trail: whoever reviews her file sees that it
    // came up in someone's search (by her number, her code…), not only that a search happened.
    await recordAudits(
      tx,
      rows.map(({ c }) => ({
        action: 'case.searched',
        actor: auditActorOf(actor),
        recordType: 'case',
        recordId: c.id,
        caseId: c.id,
        diff: { fields: used },
        requestId,
      })),
    );
    return {
      items: rows.map(({ c, ownerName }) => ({
        caseId: c.id,
        reference: c.reference,
        kind: c.kind,
        status: c.status,
        urgency: c.urgency,
        provinceCode: c.provinceCode,
        createdAt: c.createdAt.toISOString(),
        claimedBy: staffRef(c.ownerId, ownerName),
      })),
    };
  });
}
