import {
  canReferFromCase,
  canRespondToReferral,
  decideReferralTransition,
  type Actor,
  type ReferralStatus,
  type ReferralTransitionRefusal,
} from '@sanad/core';
import type { AuditAction } from '../audit/actions.ts';
import { placeOf } from '../platform/crypto/envelope.ts';
import { AppError, invalidField } from '../platform/errors.ts';
import { tellReceivingInstitution, tellReferringSide } from './announce.ts';
import { armDeadline, disarmDeadline, dueAt } from './clock.ts';
import { onReferral, seesReferral } from './commands.ts';
import {
  saveReferral,
  staleReferral,
  type ReferralOptions,
  type ReferralRequest,
  type ReferralWork,
} from './context.ts';
import type { ReferralRow } from './load.ts';
import { endEnrolmentOf } from '../pathway/follow-referral.ts';
import { nextInstitutionFor } from './next.ts';
import { notifyStep } from './notify.ts';
import type { ReferralView } from './schemas.ts';

export interface StepInput {
  readonly to: ReferralStatus;
  readonly version: number;
  readonly reason?: string | undefined;
  readonly note?: string | undefined;
}

function refusalError(refusal: ReferralTransitionRefusal): AppError {
  switch (refusal) {
    case 'same_status':
    case 'not_allowed':
      return new AppError('invalid_transition');
    case 'wrong_side':
      return new AppError('forbidden');
    case 'reason_required':
      return invalidField('body.reason', 'required');
    case 'note_required':
      return invalidField('body.note', 'required');
    case 'unexpected_reason':
      return invalidField('body.reason', 'unknown_field');
    case 'unexpected_note':
      return invalidField('body.note', 'unknown_field');
  }
}

const AUDIT_OF: Partial<Record<ReferralStatus, AuditAction>> = {
  acknowledged: 'referral.acknowledged',
  accepted: 'referral.accepted',
  declined: 'referral.declined',
  in_progress: 'referral.started',
  completed: 'referral.completed',
  revoked: 'referral.revoked',
};

/**
 * Applies one decided step: its timestamp, its text (sealed with the case's key), its clocks —
 * acknowledging stops the first clock and starts the acceptance one; any end stops both — and,
 * after a decline, where to try next.
 */
export async function applyStep(
  work: ReferralWork,
  row: ReferralRow,
  to: ReferralStatus,
  text: { reason: string | null; note: string | null },
): Promise<ReferralRow> {
  const { tx, box, now, kase } = work;
  const seal = (value: string, column: string) =>
    box.sealText(kase.dataKeyId, value, placeOf('referrals', column, row.id));
  const changes: Partial<ReferralRow> = { status: to };
  switch (to) {
    case 'acknowledged':
      changes.acknowledgedAt = now;
      changes.acceptDueAt = dueAt(work.clock, row.urgency, now, 'accept');
      // A new clock: escalation counts again from zero for the acceptance.
      changes.escalation = 0;
      break;
    case 'accepted':
      changes.acceptedAt = now;
      break;
    case 'declined':
      changes.declinedAt = now;
      changes.nextInstitutionId = await nextInstitutionFor(tx, row, now);
      break;
    case 'in_progress':
      changes.startedAt = now;
      break;
    case 'completed':
      changes.completedAt = now;
      break;
    case 'revoked':
      changes.revokedAt = now;
      break;
    case 'draft':
    case 'sent':
      // Nothing goes back to a draft, and sending goes through the consent gate (send.ts).
      throw new AppError('invalid_transition');
  }
  if (text.reason !== null) changes.reasonEnc = await seal(text.reason, 'reason_enc');
  if (text.note !== null) changes.noteBackEnc = await seal(text.note, 'note_back_enc');
  const saved = await saveReferral(tx, row, changes, now);

  if (to === 'acknowledged' && saved.acceptDueAt !== null) {
    await disarmDeadline(tx, row.id, 'acknowledge');
    await armDeadline(tx, row.id, 'accept', saved.acceptDueAt, 1);
  } else if (to !== 'in_progress') {
    await disarmDeadline(tx, row.id, 'acknowledge');
    await disarmDeadline(tx, row.id, 'accept');
  }
  const action = AUDIT_OF[to];
  if (action) {
    await work.audit({
      action,
      recordType: 'referral',
      recordId: row.id,
      diff: { from: row.status, to, institutionId: row.institutionId },
    });
  }
  const payload = { status: to };
  await tellReferringSide(tx, saved, kase, 'referral.updated', payload);
  // A draft was never sent: its institution must not learn that it was ever considered.
  if (row.status !== 'draft') {
    await tellReceivingInstitution(tx, saved, 'referral.updated', payload);
  }
  if (to === 'accepted' || to === 'declined' || to === 'completed') {
    await notifyStep(tx, work.keyring, saved, to, kase.reference);
  }
  return saved;
}

/**
 * One step of the referral's life by the caller's side: the receiving institution acknowledges,
 * accepts, declines (with a reason), starts and completes (with a note back); the referring side
 * revokes (with a reason). Sending has its own route, through the consent gate.
 */
export async function stepReferral(
  options: ReferralOptions,
  actor: Actor,
  referralId: string,
  input: StepInput,
  request: ReferralRequest,
): Promise<ReferralView> {
  return onReferral(
    options,
    actor,
    referralId,
    request,
    (loaded) => seesReferral(actor, loaded),
    async (work, { row, record }) => {
      if (row.version !== input.version) throw staleReferral(row.version);
      if (input.to === 'sent') throw new AppError('invalid_transition');
      const receiving = canRespondToReferral(actor, 'referral.respond', row);
      const referring = canReferFromCase(actor, 'referral.revoke', record);
      if (!receiving && !referring) throw new AppError('forbidden');
      const decision = decideReferralTransition(row.status, input.to, {
        side: receiving ? 'institution' : 'helpline',
        reason: input.reason ?? null,
        note: input.note ?? null,
      });
      if (!decision.ok) throw refusalError(decision.refusal);
      if (row.scope === 'opportunity' && (input.to === 'in_progress' || input.to === 'completed')) {
        // Her enrolment starts and ends this work (enrolled, completed): one record, not two.
        throw new AppError('invalid_transition');
      }
      const saved = await applyStep(work, row, input.to, decision);
      if (row.scope === 'opportunity' && (input.to === 'declined' || input.to === 'revoked')) {
        await endEnrolmentOf(options, work, saved, input.to);
      }
      return saved;
    },
  );
}
