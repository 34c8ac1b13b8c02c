import { followProgress, type FollowStep } from '@sanad/core';
import { asc, eq } from 'drizzle-orm';
import { recordAudit, type AuditActor } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { cases, messages, publicRequests, referrals, serviceRecords } from '../db/schema/index.ts';
import { openDataKey } from '../platform/crypto/data-keys.ts';
import { decryptText, encryptText, placeOf } from '../platform/crypto/envelope.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';
import { survivorOpportunities } from '../pathway/survivor.ts';
import type { SurvivorOpportunity } from '../pathway/survivor-schema.ts';
import { AppError } from '../platform/errors.ts';
import { publishEvent } from '../platform/events/publish.ts';
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
  readonly progress: { readonly step: FollowStep; readonly at: string }[];
  readonly messages: MessageView[];
  /** Opportunities proposed to her (support requests; any case the helpline proposed some to). */
  readonly opportunities: SurvivorOpportunity[];
}

type MessageRow = typeof messages.$inferSelect;
const bodyPlace = (id: string): string => placeOf('messages', 'body_enc', id);

const present = (key: Buffer, row: MessageRow): MessageView => ({
  id: row.id,
  from: row.sender === 'survivor' ? 'survivor' : 'listener',
  body: decryptText(key, row.bodyEnc, bodyPlace(row.id)),
  sentAt: row.createdAt.toISOString(),
});

/** One message to write in a case's thread. */
export interface NewMessage {
  readonly caseId: string;
  readonly body: string;
  /** Null: she wrote it herself (through her tracking code). */
  readonly staffId: string | null;
  readonly actor: AuditActor | null;
  /** Why the thread was touched, for the audit event (`survivor_follow`, `care`). */
  readonly purpose: string;
  readonly requestId?: string | undefined;
}

/**
 * Writes one message in the caller's transaction, its body encrypted by `seal` under the case's
 * key at `messages.body_enc:<id>`, audited as `message.sent` (who wrote, never what). Shared by
 * her side (below) and the listener's (the case file's `POST /cases/:caseId/messages`, which
 * authorizes first: this function decides nothing about who may write).
 */
export async function insertMessage(
  tx: Db,
  seal: (text: string, place: string) => Buffer | Promise<Buffer>,
  message: NewMessage,
): Promise<MessageRow> {
  const id = newId();
  const from = message.staffId === null ? 'survivor' : 'staff';
  const [row] = await tx
    .insert(messages)
    .values({
      id,
      caseId: message.caseId,
      sender: from,
      staffId: message.staffId,
      bodyEnc: await seal(message.body, bodyPlace(id)),
      createdAt: new Date(),
    })
    .returning();
  if (!row) throw new Error('message insert returned nothing');
  await recordAudit(tx, {
    action: 'message.sent',
    actor: message.actor,
    recordType: 'message',
    recordId: id,
    caseId: message.caseId,
    purpose: message.purpose,
    diff: { from: from === 'survivor' ? 'survivor' : 'listener' },
    ...(message.requestId !== undefined ? { requestId: message.requestId } : {}),
  });
  return row;
}

/**
 * The survivor writes to her listener, through her tracking code (already unlocked). The case's
 * owner, if it has one, is told at once (`message.received`, to her alone: the event carries
 * the message id, never its words); an unclaimed case's message waits in the file.
 */
export async function postSurvivorMessage(
  db: Db,
  keyring: Keyring,
  caseId: string,
  body: string,
  requestId: string,
): Promise<MessageView> {
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ dataKeyId: cases.dataKeyId, ownerId: cases.ownerId })
      .from(cases)
      .where(eq(cases.id, caseId));
    if (!found) throw new AppError('not_found');
    const key = await openDataKey(tx, keyring, found.dataKeyId);
    try {
      const row = await insertMessage(tx, (text, place) => encryptText(key, text, place), {
        caseId,
        body,
        staffId: null,
        actor: null,
        purpose: 'survivor_follow',
        requestId,
      });
      if (found.ownerId !== null) {
        await publishEvent(tx, {
          kind: 'message.received',
          audience: 'staff',
          staffId: found.ownerId,
          caseId,
          payload: { messageId: row.id },
        });
      }
      return present(key, row);
    } finally {
      key.fill(0);
    }
  });
}

/** Her request's steps from its referrals (which institution is never said). */
async function progressOf(tx: Db, caseId: string, receivedAt: Date) {
  const rows = await tx.select().from(referrals).where(eq(referrals.caseId, caseId));
  const services = await tx
    .select({ referralId: serviceRecords.referralId, at: serviceRecords.createdAt })
    .from(serviceRecords)
    .where(eq(serviceRecords.caseId, caseId));
  const firstService = (referralId: string): Date | null =>
    services
      .filter((s) => s.referralId === referralId)
      .reduce<Date | null>((min, s) => (min === null || s.at < min ? s.at : min), null);
  return followProgress(
    receivedAt,
    rows.map((r) => ({ ...r, firstServiceAt: firstService(r.id) })),
  ).map(({ step, at }) => ({ step, at: at.toISOString() }));
}

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
    const progress = await progressOf(tx, found.c.id, found.c.createdAt);
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
        progress,
        messages: rows.map((row) => present(key, row)),
        opportunities: await survivorOpportunities(tx, caseId),
      };
    } finally {
      key.fill(0);
    }
  });
}
