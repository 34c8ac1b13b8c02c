import {
  canWorkCase,
  findProvince,
  type Actor,
  type ContactChannel,
  type Place,
} from '@sanad/core';
import { auditActorOf, recordAudit } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { cases } from '../db/schema/index.ts';
import { createDataKey, type DataKey } from '../platform/crypto/data-keys.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';
import { invalidField } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { announceCase } from '../queue/announce.ts';
import type { QueueDeadlines } from '../queue/deadlines.ts';
import { nextCaseReference } from '../queue/reference.ts';
import { staffRef } from '../queue/staff.ts';
import type { NewContact } from './schemas.ts';

export interface CallCase {
  readonly caseId: string;
  readonly reference: string;
  /** The case's own data key, open for the contact's notes; the caller zeroes it. */
  readonly key: DataKey;
}

/**
 * Where the case sits. Without a province it takes the listener's own territory: the call
 * reached her cell, and a case placed outside her scope would vanish from her screen the
 * moment she opened it. A province outside her scope is refused for the same reason.
 */
function placeOf(actor: Actor, provinceCode: string | undefined): Place {
  if (provinceCode === undefined) {
    switch (actor.scope.level) {
      case 'national':
        return { regionCode: null, provinceCode: null };
      case 'region':
        return { regionCode: actor.scope.region, provinceCode: null };
      case 'province':
        return { regionCode: actor.scope.region, provinceCode: actor.scope.province };
    }
  }
  const place = { regionCode: findProvince(provinceCode)?.regionCode ?? null, provinceCode };
  if (!canWorkCase(actor, 'case.update', { ...place, referrals: [] }))
    throw invalidField('body.openCase.provinceCode', 'invalid_choice');
  return place;
}

/**
 * Opens a case from a contact the listener is handling: its own data key, the next reference,
 * already claimed by her (in triage, first contact now: she is the first voice the woman
 * heard), audited and announced to the queue with its holder. No tracking code: that is the
 * survivor app's way back in, and a caller follows up by phone.
 */
export async function openCallCase(
  tx: Db,
  keyring: Keyring,
  actor: Actor,
  input: NonNullable<NewContact['openCase']>,
  from: { readonly channel: ContactChannel; readonly survivorId: string | null },
  deadlines: QueueDeadlines,
  requestId: string,
  now: Date,
): Promise<CallCase> {
  const place = placeOf(actor, input.provinceCode);
  const caseId = newId();
  const key = await createDataKey(tx, keyring, 'record');
  try {
    const reference = await nextCaseReference(tx, now);
    await tx.insert(cases).values({
      id: caseId,
      reference,
      dataKeyId: key.id,
      survivorId: from.survivorId,
      status: 'in_triage',
      urgency: input.urgency,
      kind: input.kind,
      ownerId: actor.id,
      ...place,
      areaType: input.areaType ?? null,
      version: 1,
      createdAt: now,
      updatedAt: now,
      claimedAt: now,
      firstContactAt: now,
    });
    await recordAudit(tx, {
      action: 'case.created',
      actor: auditActorOf(actor),
      recordType: 'case',
      recordId: caseId,
      caseId,
      purpose: 'helpline_contact',
      diff: { kind: input.kind, urgency: input.urgency, channel: from.channel },
      requestId,
    });
    await announceCase(
      tx,
      {
        caseId,
        kind: input.kind,
        urgency: input.urgency,
        ...place,
        channel: from.channel,
        createdAt: now,
        claimedBy: await staffRef(tx, actor.id),
      },
      deadlines.urgentClaimMs,
    );
    return { caseId, reference, key };
  } catch (error) {
    key.key.fill(0);
    throw error;
  }
}
