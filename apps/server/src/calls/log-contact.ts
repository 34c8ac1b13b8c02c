import { publishEvent } from '../platform/events/publish.ts';
import { canWorkCase, defaultOutcome, type Actor } from '@sanad/core';
import { eq, sql } from 'drizzle-orm';
import { auditActorOf, recordAudit } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { cases, contacts, institutions } from '../db/schema/index.ts';
import { createDataKey, openDataKey } from '../platform/crypto/data-keys.ts';
import { encryptText, placeOf } from '../platform/crypto/envelope.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';
import { invalidField, notFound } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { sqlTimestamp } from '../queue/case-row.ts';
import type { QueueDeadlines } from '../queue/deadlines.ts';
import { staffRef } from '../queue/staff.ts';
import { openCallCase } from './open-call-case.ts';
import { personForPhone } from './phone-person.ts';
import { presentContact } from './presenters.ts';
import type { NewContact } from './schemas.ts';

/** Where a contact goes, with the key its notes are sealed under (open only when needed). */
interface Destination {
  readonly case: { readonly caseId: string; readonly reference: string } | null;
  readonly dataKeyId: string;
  readonly key: Buffer | null;
}

/**
 * The case a contact is added to, which the actor must be able to work (else 404, as if it did
 * not exist). Her first contact is recorded if nobody had reached her yet — at the call's time,
 * but never before the case existed; the file's version moves on and `case.updated` is
 * published, as for any change to it. The case key is unwrapped only when there are notes.
 */
async function attachTo(
  tx: Db,
  keyring: Keyring,
  actor: Actor,
  caseId: string,
  at: Date,
  withNotes: boolean,
): Promise<Destination> {
  const [row] = await tx
    .select({
      id: cases.id,
      reference: cases.reference,
      dataKeyId: cases.dataKeyId,
      regionCode: cases.regionCode,
      provinceCode: cases.provinceCode,
    })
    .from(cases)
    .where(eq(cases.id, caseId))
    // The same row lock as every other change to a file, so versions never interleave.
    .for('no key update');
  if (!row || !canWorkCase(actor, 'case.update', { ...row, referrals: [] })) throw notFound();
  const [changed] = await tx
    .update(cases)
    .set({
      firstContactAt: sql`coalesce(${cases.firstContactAt}, greatest(${sqlTimestamp(at)}, ${cases.createdAt}))`,
      version: sql`${cases.version} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(cases.id, caseId))
    .returning({ status: cases.status, urgency: cases.urgency, version: cases.version });
  if (!changed) throw notFound();
  // A new call on the file: other open copies of it hear that it changed.
  await publishEvent(tx, {
    kind: 'case.updated',
    audience: 'helpline',
    caseId,
    regionCode: row.regionCode,
    provinceCode: row.provinceCode,
    payload: changed,
  });
  return {
    case: { caseId: row.id, reference: row.reference },
    dataKeyId: row.dataKeyId,
    key: withNotes ? await openDataKey(tx, keyring, row.dataKeyId) : null,
  };
}

/** A contact on no case still has its own key: `contacts.data_key_id` is never null. */
async function ownKey(tx: Db, keyring: Keyring): Promise<Destination> {
  const { id, key } = await createDataKey(tx, keyring, 'record');
  return { case: null, dataKeyId: id, key };
}

/**
 * Where the contact goes: the case named by `caseId`, a case opened for it, or nowhere (logged
 * only). A number given by an institution calling on her behalf is not hers to be reached on,
 * so it does not make its person the survivor of a new case.
 */
async function destinationOf(
  tx: Db,
  keyring: Keyring,
  actor: Actor,
  input: NewContact,
  context: {
    readonly personId: string | null;
    readonly occurredAt: Date;
    readonly deadlines: QueueDeadlines;
    readonly requestId: string;
    readonly now: Date;
  },
): Promise<Destination> {
  if (input.caseId !== undefined) {
    const withNotes = input.notes !== undefined;
    return attachTo(tx, keyring, actor, input.caseId, context.occurredAt, withNotes);
  }
  if (input.openCase === undefined) return ownKey(tx, keyring);
  const survivorId = input.onBehalfOfInstitutionId === undefined ? context.personId : null;
  const opened = await openCallCase(
    tx,
    keyring,
    actor,
    input.openCase,
    { channel: input.channel, survivorId },
    context.deadlines,
    context.requestId,
    context.now,
  );
  return {
    case: { caseId: opened.caseId, reference: opened.reference },
    dataKeyId: opened.key.id,
    key: opened.key.key,
  };
}

/**
 * Logs one contact — a call in or out, a walk-in, one logged after the fact, one made on her
 * behalf by an institution — and, as asked, adds it to a case she can work or opens a case
 * held by the listener. Calls that lead nowhere (silent, wrong number) are still logged, on a
 * key of their own since every contact's notes are encrypted. The number goes to a person
 * record (found by blind index or created), never into the contact row.
 */
export async function logContact(
  db: Db,
  keyring: Keyring,
  actor: Actor,
  input: NewContact,
  deadlines: QueueDeadlines,
  requestId: string,
  now: Date = new Date(),
) {
  const occurredAt = input.occurredAt === undefined ? now : new Date(input.occurredAt);
  return db.transaction(async (tx) => {
    if (input.onBehalfOfInstitutionId !== undefined) {
      const [institution] = await tx
        .select({ id: institutions.id })
        .from(institutions)
        .where(eq(institutions.id, input.onBehalfOfInstitutionId));
      if (!institution) throw invalidField('body.onBehalfOfInstitutionId', 'invalid_choice');
    }
    const personId =
      input.phone === undefined
        ? null
        : await personForPhone(tx, keyring, input.phone, input.openCase?.provinceCode);
    const destination = await destinationOf(tx, keyring, actor, input, {
      personId,
      occurredAt,
      deadlines,
      requestId,
      now,
    });
    try {
      const id = newId();
      const { key } = destination;
      const [row] = await tx
        .insert(contacts)
        .values({
          id,
          caseId: destination.case?.caseId ?? null,
          personId,
          channel: input.channel,
          type: input.type,
          direction: input.direction,
          occurredAt,
          durationSeconds: input.durationSeconds ?? null,
          handledBy: actor.id,
          viaInstitutionId: input.onBehalfOfInstitutionId ?? null,
          dataKeyId: destination.dataKeyId,
          notesEnc:
            input.notes === undefined || key === null
              ? null
              : encryptText(key, input.notes, placeOf('contacts', 'notes_enc', id)),
          outcome: defaultOutcome(
            input.caseId !== undefined
              ? 'existing_case'
              : input.openCase !== undefined
                ? 'new_case'
                : 'logged_only',
            input.outcome,
          ),
        })
        .returning();
      if (!row) throw new Error('contact was not recorded');
      await recordAudit(tx, {
        action: 'contact.logged',
        actor: auditActorOf(actor),
        recordType: 'contact',
        recordId: id,
        ...(destination.case ? { caseId: destination.case.caseId } : {}),
        diff: {
          channel: row.channel,
          type: row.type,
          direction: row.direction,
          outcome: row.outcome,
          afterTheFact: input.occurredAt !== undefined,
          onBehalfOfInstitutionId: row.viaInstitutionId,
          withPhone: personId !== null,
        },
        requestId,
      });
      return {
        contact: presentContact(row, input.notes ?? null, await staffRef(tx, actor.id)),
        case: destination.case,
      };
    } finally {
      destination.key?.fill(0);
    }
  });
}
