import { PER_INSTITUTION_PURPOSES } from '@sanad/core';
import { and, eq } from 'drizzle-orm';
import { consents, institutions } from '../db/schema/index.ts';
import { AppError, invalidField } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { UNCHANGED, type CaseCommand } from './mutate.ts';
import type { ConsentBody } from './schemas.ts';

/**
 * Her consent for one purpose (Law 09-08: purpose by purpose), as she gave it, when and through
 * which channel. Sharing her file, and passing her request on for an opportunity, are consented
 * per named institution, so they need one; no other purpose takes one. A refusal is recorded too: it is as binding as a consent.
 */
export async function recordConsent(context: CaseCommand, body: ConsentBody): Promise<undefined> {
  const { tx, loaded, actor, now } = context;
  const sharing = PER_INSTITUTION_PURPOSES.includes(body.purpose);
  if (sharing && body.institutionId === undefined) {
    throw invalidField('body.institutionId', 'required');
  }
  if (!sharing && body.institutionId !== undefined) {
    throw invalidField('body.institutionId', 'invalid');
  }
  if (body.institutionId !== undefined) {
    const [found] = await tx
      .select({ id: institutions.id })
      .from(institutions)
      .where(and(eq(institutions.id, body.institutionId), eq(institutions.active, true)));
    if (!found) throw invalidField('body.institutionId', 'invalid_choice');
  }
  const id = newId();
  await tx.insert(consents).values({
    id,
    caseId: loaded.row.id,
    purpose: body.purpose,
    institutionId: body.institutionId ?? null,
    granted: body.granted,
    channel: body.channel,
    recordedBy: actor.id,
    recordedAt: now,
  });
  await context.audit({
    action: 'consent.recorded',
    recordType: 'consent',
    recordId: id,
    diff: {
      purpose: body.purpose,
      granted: body.granted,
      channel: body.channel,
      institutionId: body.institutionId ?? null,
    },
  });
  return undefined;
}

/**
 * She takes a consent back. Withdrawing twice changes nothing (a repeated click); a refusal
 * cannot be withdrawn — she gives a new consent instead.
 */
export async function withdrawConsent(
  context: CaseCommand,
  consentId: string,
): Promise<undefined | typeof UNCHANGED> {
  const { tx, loaded, now } = context;
  const [consent] = await tx
    .select()
    .from(consents)
    .where(and(eq(consents.id, consentId), eq(consents.caseId, loaded.row.id)));
  if (!consent) throw new AppError('not_found');
  if (consent.withdrawnAt !== null) return UNCHANGED;
  if (!consent.granted) throw new AppError('invalid_transition');
  await tx.update(consents).set({ withdrawnAt: now }).where(eq(consents.id, consentId));
  await context.audit({
    action: 'consent.withdrawn',
    recordType: 'consent',
    recordId: consentId,
    diff: { purpose: consent.purpose, institutionId: consent.institutionId },
  });
  return undefined;
}
