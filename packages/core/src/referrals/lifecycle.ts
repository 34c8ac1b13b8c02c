import type { ReferralStatus } from '../vocabulary/referral-statuses.ts';

/**
 * A referral's life (issue #6): the helpline drafts and sends it; the receiving institution
 * acknowledges it, then accepts or declines it (a decline says why), starts the work and
 * completes it with a note back to the listener. The helpline revokes it — she withdrew her
 * consent, or it was sent in error — at any point before it ends; a revocation says why.
 * `declined`, `completed` and `revoked` are final: a new attempt is a new referral.
 */

/** Which side of the referral takes a step: the referring helpline or the receiving institution. */
export type ReferralSide = 'helpline' | 'institution';

interface Step {
  readonly to: ReferralStatus;
  readonly by: ReferralSide;
  /** `reason`: a decline or revocation reason; `note`: the note back on completion. */
  readonly needs: 'reason' | 'note' | null;
}

const revoke: Step = { to: 'revoked', by: 'helpline', needs: 'reason' };

const STEPS: Readonly<Record<ReferralStatus, readonly Step[]>> = {
  draft: [{ to: 'sent', by: 'helpline', needs: null }, revoke],
  sent: [{ to: 'acknowledged', by: 'institution', needs: null }, revoke],
  acknowledged: [
    { to: 'accepted', by: 'institution', needs: null },
    { to: 'declined', by: 'institution', needs: 'reason' },
    revoke,
  ],
  accepted: [{ to: 'in_progress', by: 'institution', needs: null }, revoke],
  in_progress: [{ to: 'completed', by: 'institution', needs: 'note' }, revoke],
  declined: [],
  completed: [],
  revoked: [],
};

/** No step leaves these. */
export function isFinalReferralStatus(status: ReferralStatus): boolean {
  return STEPS[status].length === 0;
}

/** Where a referral may go from `from`, optionally only the steps `side` may take. */
export function allowedReferralTransitions(
  from: ReferralStatus,
  side?: ReferralSide,
): ReferralStatus[] {
  return STEPS[from].filter((s) => side === undefined || s.by === side).map((s) => s.to);
}

/** Who may take the step from → to; null when the step does not exist. */
export function referralStepTakenBy(from: ReferralStatus, to: ReferralStatus): ReferralSide | null {
  return STEPS[from].find((s) => s.to === to)?.by ?? null;
}

/**
 * Why a step was refused. `same_status`, `not_allowed` are conflicts with the referral's state
 * (409); `wrong_side` is a permission problem (403); the others are the request's fault (400).
 */
export type ReferralTransitionRefusal =
  | 'same_status'
  | 'not_allowed'
  | 'wrong_side'
  | 'reason_required'
  | 'note_required'
  | 'unexpected_reason'
  | 'unexpected_note';

export type ReferralTransitionDecision =
  | {
      readonly ok: true;
      /** The trimmed decline or revocation reason, or null. */
      readonly reason: string | null;
      /** The trimmed note back, or null. */
      readonly note: string | null;
    }
  | { readonly ok: false; readonly refusal: ReferralTransitionRefusal };

export interface ReferralStepRequest {
  readonly side: ReferralSide;
  readonly reason?: string | null;
  readonly note?: string | null;
}

const filled = (text: string | null | undefined): string | null => {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

/**
 * Decides one step. A reason or note where none is used is refused rather than dropped, so a
 * client that believes it recorded one learns it did not. Sending is also subject to the consent
 * gate (`canSend`), decided separately because it needs the consent records.
 */
export function decideReferralTransition(
  from: ReferralStatus,
  to: ReferralStatus,
  request: ReferralStepRequest,
): ReferralTransitionDecision {
  if (from === to) return { ok: false, refusal: 'same_status' };
  const step = STEPS[from].find((s) => s.to === to);
  if (step === undefined) return { ok: false, refusal: 'not_allowed' };
  if (step.by !== request.side) return { ok: false, refusal: 'wrong_side' };
  const reason = filled(request.reason);
  const note = filled(request.note);
  if (step.needs === 'reason' && reason === null) return { ok: false, refusal: 'reason_required' };
  if (step.needs !== 'reason' && reason !== null)
    return { ok: false, refusal: 'unexpected_reason' };
  if (step.needs === 'note' && note === null) return { ok: false, refusal: 'note_required' };
  if (step.needs !== 'note' && note !== null) return { ok: false, refusal: 'unexpected_note' };
  return { ok: true, reason, note };
}

export interface SendRequest {
  /** She consented to share with this institution (specifically, or through a general consent). */
  readonly sharingConsentGranted: boolean;
  /** Sending without consent because she is in immediate danger; needs a written reason. */
  readonly emergencyOverride?: { readonly reason: string } | null;
}

export type SendDecision =
  | { readonly ok: true; readonly override: false; readonly alertSupervisor: false }
  | {
      readonly ok: true;
      readonly override: true;
      /** The override is audited and the supervisor alerted. */
      readonly alertSupervisor: true;
      readonly reason: string;
    }
  | { readonly ok: false; readonly refusal: 'consent_required' | 'override_reason_required' };

/**
 * The consent gate (Law 09-08; issue #6): a referral goes out only with her consent to share with
 * that institution, or through an emergency override with a reason, which alerts the supervisor.
 * With consent, an override is not needed and is ignored.
 */
export function canSend(request: SendRequest): SendDecision {
  if (request.sharingConsentGranted) return { ok: true, override: false, alertSupervisor: false };
  const override = request.emergencyOverride;
  if (override === undefined || override === null)
    return { ok: false, refusal: 'consent_required' };
  const reason = filled(override.reason);
  if (reason === null) return { ok: false, refusal: 'override_reason_required' };
  return { ok: true, override: true, alertSupervisor: true, reason };
}
