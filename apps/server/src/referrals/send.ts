import { canSend, type ContactChannel } from '@sanad/core';
import { consents } from '../db/schema/index.ts';
import { placeOf } from '../platform/crypto/envelope.ts';
import { AppError, invalidField } from '../platform/errors.ts';
import { publishEvent } from '../platform/events/publish.ts';
import { newId } from '../platform/ids.ts';
import { tellReceivingInstitution, tellReferringSide } from './announce.ts';
import { armDeadline, dueAt } from './clock.ts';
import { saveReferral, type ReferralWork } from './context.ts';
import { sharingConsentedInstitutions } from './consent.ts';
import type { ReferralRow } from './load.ts';
import { notifyOverride, notifyReceived } from './notify.ts';

export interface SendInput {
  /** She agrees now: a sharing consent with this institution is recorded first. */
  readonly consent?: { readonly channel: ContactChannel } | undefined;
  readonly emergencyOverride?: { readonly reason: string } | undefined;
}

/**
 * Sends a draft through the consent gate (`canSend`, Law 09-08): with her consent to share with
 * that institution — recorded before, or given now — or, for an EMERGENCY case only, through the
 * override, whose reason is kept encrypted, audited, and announced to the supervisors in scope.
 * Sending starts the acknowledgement clock and puts the referral in the institution's inbox.
 */
export async function sendDraft(
  work: ReferralWork,
  row: ReferralRow,
  input: SendInput,
): Promise<ReferralRow> {
  const { tx, box, actor, now, kase } = work;
  if (row.status !== 'draft') throw new AppError('invalid_transition');
  // A referral for an opportunity asks only for her consent to pass her request on to that
  // provider; her file needs her consent to share it (which covers the narrower one too).
  const purpose = row.scope === 'opportunity' ? 'opportunity_referral' : 'sharing_with_institution';
  if (input.consent !== undefined) {
    const consentId = newId();
    await tx.insert(consents).values({
      id: consentId,
      caseId: row.caseId,
      purpose,
      institutionId: row.institutionId,
      granted: true,
      channel: input.consent.channel,
      recordedBy: actor?.id ?? null,
      recordedAt: now,
    });
    await work.audit({
      action: 'consent.recorded',
      recordType: 'consent',
      recordId: consentId,
      diff: {
        purpose,
        granted: true,
        channel: input.consent.channel,
        institutionId: row.institutionId,
      },
    });
  }
  const consented =
    (await sharingConsentedInstitutions(tx, row.caseId)).has(row.institutionId) ||
    (purpose === 'opportunity_referral' &&
      (await sharingConsentedInstitutions(tx, row.caseId, purpose)).has(row.institutionId));
  // The override exists for a woman in immediate danger, nothing less.
  const urgency = kase.urgency;
  const override = urgency === 'emergency' ? (input.emergencyOverride ?? null) : null;
  if (!consented && input.emergencyOverride !== undefined && override === null) {
    throw new AppError('consent_required');
  }
  const decision = canSend({ sharingConsentGranted: consented, emergencyOverride: override });
  if (!decision.ok) {
    if (decision.refusal === 'override_reason_required') {
      throw invalidField('body.emergencyOverride.reason', 'required');
    }
    throw new AppError('consent_required');
  }
  const acknowledgeDueAt = dueAt(work.clock, urgency, now, 'acknowledge');
  const sent = await saveReferral(
    tx,
    row,
    {
      status: 'sent',
      urgency,
      sentAt: now,
      acknowledgeDueAt,
      emergencyOverride: decision.override,
      overrideReasonEnc: decision.override
        ? await box.sealText(
            kase.dataKeyId,
            decision.reason,
            placeOf('referrals', 'override_reason_enc', row.id),
          )
        : null,
    },
    now,
  );
  await armDeadline(tx, row.id, 'acknowledge', acknowledgeDueAt, 1);
  await work.audit({
    action: 'referral.sent',
    recordType: 'referral',
    recordId: row.id,
    diff: { institutionId: row.institutionId, emergencyOverride: decision.override },
  });
  if (decision.override) {
    await work.audit({
      action: 'referral.override_used',
      recordType: 'referral',
      recordId: row.id,
      purpose: 'emergency override of the sharing consent',
      diff: { institutionId: row.institutionId },
    });
    await notifyOverride(tx, work.keyring, sent, kase, kase.reference);
    await publishEvent(tx, {
      kind: 'referral.override',
      audience: 'supervisors',
      caseId: row.caseId,
      regionCode: kase.regionCode,
      provinceCode: kase.provinceCode,
      payload: { referralId: row.id },
    });
  }
  await tellReceivingInstitution(tx, sent, 'referral.received', {
    urgency: sent.urgency,
    acknowledgeDueAt: acknowledgeDueAt.toISOString(),
  });
  await tellReferringSide(tx, sent, kase, 'referral.updated', { status: 'sent' });
  await notifyReceived(tx, work.keyring, sent, kase.reference);
  return sent;
}
