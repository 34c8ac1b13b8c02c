import type { Actor } from '@sanad/core';
import { and, desc, eq, isNull, or } from 'drizzle-orm';
import { auditActorOf, recordAudit } from '../audit/record.ts';
import { casesReadableBy } from '../authorization/scopes.ts';
import type { Db } from '../db/database.ts';
import { cases, contacts, persons } from '../db/schema/index.ts';
import { phoneBlindIndex } from '../platform/crypto/blind-index.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';
import { outcomeOf } from './presenters.ts';

/** The most recent contacts shown: enough to recognise a caller, not to page her history. */
const LOOKUP_LIMIT = 50;

/**
 * Earlier contacts of the same number, newest first, found through the persons' phone blind
 * index — however the number was typed then or now. A contact attached to a case the actor may
 * not read is left out altogether (the case's existence is not revealed); a contact with no
 * case shows its codes only. Audited twice over: one event says who looked a number up and how
 * much came back, and each case shown gets an event in its own trail ("who saw her file").
 */
export async function lookupEarlierContacts(
  db: Db,
  keyring: Keyring,
  actor: Actor,
  phone: string,
  requestId: string,
) {
  return db.transaction(async (tx) => {
    const bidx = await phoneBlindIndex(tx, keyring, phone);
    const rows = await tx
      .select({
        contactId: contacts.id,
        occurredAt: contacts.occurredAt,
        channel: contacts.channel,
        type: contacts.type,
        direction: contacts.direction,
        outcome: contacts.outcome,
        caseId: cases.id,
        caseReference: cases.reference,
        caseStatus: cases.status,
        urgency: cases.urgency,
      })
      .from(contacts)
      .innerJoin(persons, eq(persons.id, contacts.personId))
      .leftJoin(cases, eq(cases.id, contacts.caseId))
      .where(
        and(
          eq(persons.phoneBidx, bidx),
          isNull(persons.erasedAt),
          // A contact with no case has no place: like any record without one, only national
          // scope sees it (a regional listener must not learn the number called elsewhere).
          actor.scope.level === 'national'
            ? or(isNull(contacts.caseId), casesReadableBy(actor))
            : casesReadableBy(actor),
        ),
      )
      .orderBy(desc(contacts.occurredAt), desc(contacts.id))
      .limit(LOOKUP_LIMIT);
    const caseIds = [...new Set(rows.flatMap((row) => (row.caseId === null ? [] : [row.caseId])))];
    await recordAudit(tx, {
      action: 'contact.history_viewed',
      actor: auditActorOf(actor),
      recordType: 'phone_lookup',
      diff: { contacts: rows.length, cases: caseIds.length },
      requestId,
    });
    for (const caseId of caseIds) {
      await recordAudit(tx, {
        action: 'contact.history_viewed',
        actor: auditActorOf(actor),
        recordType: 'case',
        recordId: caseId,
        caseId,
        requestId,
      });
    }
    return rows.map((row) => ({
      ...row,
      occurredAt: row.occurredAt.toISOString(),
      outcome: outcomeOf(row.outcome),
    }));
  });
}
