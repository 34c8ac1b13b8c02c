import type { Actor } from '@sanad/core';
import { asc, eq } from 'drizzle-orm';
import { auditActorOf, recordAudit, type AuditActor } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { cases, messages, publicRequests } from '../db/schema/index.ts';
import { openDataKey } from '../platform/crypto/data-keys.ts';
import { decryptText, encryptText, placeOf } from '../platform/crypto/envelope.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';
import { AppError } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { grouped } from '../intake/tracking.ts';

/** A message as the survivor sees it: staff are "the listener", never named. */
export interface MessageView {
  readonly id: string;
  readonly from: 'survivor' | 'listener';
  readonly body: string;
  readonly sentAt: string;
}

export type FollowStatus = 'received' | 'in_progress' | 'closed';

export interface RequestView {
  readonly trackingCode: string;
  readonly kind: 'violence_report' | 'support_request';
  readonly status: FollowStatus;
  readonly statusSince: string;
  readonly messages: MessageView[];
}

type MessageRow = typeof messages.$inferSelect;
const bodyPlace = (id: string): string => placeOf('messages', 'body_enc', id);

const present = (key: Buffer, row: MessageRow): MessageView => ({
  id: row.id,
  from: row.sender === 'survivor' ? 'survivor' : 'listener',
  body: decryptText(key, row.bodyEnc, bodyPlace(row.id)),
  sentAt: row.createdAt.toISOString(),
});

/** Writes one message encrypted under the case's key, audited as `message.sent`. */
async function postMessage(
  db: Db,
  keyring: Keyring,
  input: { caseId: string; body: string; staffId: string | null; actor: AuditActor | null },
  context: { purpose: string; requestId?: string },
): Promise<MessageView> {
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ dataKeyId: cases.dataKeyId })
      .from(cases)
      .where(eq(cases.id, input.caseId));
    if (!found) throw new AppError('not_found');
    const key = await openDataKey(tx, keyring, found.dataKeyId);
    try {
      const id = newId();
      const [row] = await tx
        .insert(messages)
        .values({
          id,
          caseId: input.caseId,
          sender: input.staffId === null ? 'survivor' : 'staff',
          staffId: input.staffId,
          bodyEnc: encryptText(key, input.body, bodyPlace(id)),
          createdAt: new Date(),
        })
        .returning();
      if (!row) throw new Error('message insert returned nothing');
      await recordAudit(tx, {
        action: 'message.sent',
        actor: input.actor,
        recordType: 'message',
        recordId: id,
        caseId: input.caseId,
        purpose: context.purpose,
        diff: { from: input.staffId === null ? 'survivor' : 'listener' },
        ...(context.requestId !== undefined ? { requestId: context.requestId } : {}),
      });
      return present(key, row);
    } finally {
      key.fill(0);
    }
  });
}

/** The survivor writes to her listener, through her tracking code (already unlocked). */
export const postSurvivorMessage = (
  db: Db,
  keyring: Keyring,
  caseId: string,
  body: string,
  requestId: string,
): Promise<MessageView> =>
  postMessage(
    db,
    keyring,
    { caseId, body, staffId: null, actor: null },
    { purpose: 'survivor_follow', requestId },
  );

/**
 * A listener answers in the survivor's follow-up thread. Does not authorize: the route that
 * calls it (the console's, later) decides who may write on which case, as every route does.
 */
export const postListenerMessage = (
  db: Db,
  keyring: Keyring,
  actor: Actor,
  caseId: string,
  body: string,
): Promise<MessageView> =>
  postMessage(
    db,
    keyring,
    { caseId, body, staffId: actor.id, actor: auditActorOf(actor) },
    { purpose: 'care' },
  );

/** The case status in the three words the survivor app shows. */
export function followStatusOf(status: string): FollowStatus {
  if (status === 'closed') return 'closed';
  return status === 'active' ? 'in_progress' : 'received';
}

/**
 * What she sees of her request: status and the message thread, oldest first, decrypted.
 * Audited as `case.viewed` (no staff actor; purpose `survivor_follow`) in the same transaction.
 * `statusSince` is the case's last change (closing time once closed).
 */
export async function readRequest(
  db: Db,
  keyring: Keyring,
  caseId: string,
  requestId: string,
): Promise<RequestView> {
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ c: cases, trackingCode: publicRequests.trackingCode })
      .from(cases)
      .innerJoin(publicRequests, eq(publicRequests.caseId, cases.id))
      .where(eq(cases.id, caseId));
    if (!found) throw new AppError('not_found');
    const rows = await tx
      .select()
      .from(messages)
      .where(eq(messages.caseId, caseId))
      .orderBy(asc(messages.createdAt), asc(messages.id));
    const key = await openDataKey(tx, keyring, found.c.dataKeyId);
    try {
      await recordAudit(tx, {
        action: 'case.viewed',
        actor: null,
        recordType: 'case',
        recordId: caseId,
        caseId,
        purpose: 'survivor_follow',
        requestId,
      });
      return {
        trackingCode: grouped(found.trackingCode),
        kind: found.c.kind,
        status: followStatusOf(found.c.status),
        statusSince: (found.c.closedAt ?? found.c.updatedAt).toISOString(),
        messages: rows.map((row) => present(key, row)),
      };
    } finally {
      key.fill(0);
    }
  });
}
