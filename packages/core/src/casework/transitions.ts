import type { CaseStatus } from '../vocabulary/case-statuses.ts';
import {
  closingReasons,
  reopeningReasons,
  type ClosingReason,
  type ReopeningReason,
} from './closing-reasons.ts';

/**
 * A case's life: received (`new`), triaged (risk assessed, urgency set; claiming a case starts
 * this), followed up (`active`: listening, orientation, accompaniment), `closed`. Closing needs a
 * closing-reason code; a closed case can come back to `active` with a reopening-reason code.
 * A case that turns out to be a duplicate or out of scope may be closed straight from `new` or
 * `in_triage`. Nothing goes backwards otherwise: a new risk assessment is added to an active
 * case, it does not send it back to triage.
 */
const NEXT: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  new: ['in_triage', 'closed'],
  in_triage: ['active', 'closed'],
  active: ['closed'],
  closed: ['active'],
};

/** Where a case may go from `from`, in the vocabulary's order. */
export function allowedTransitions(from: CaseStatus): CaseStatus[] {
  return [...NEXT[from]];
}

/** What a transition does, beyond changing the status. */
export type TransitionKind = 'advance' | 'close' | 'reopen';

/**
 * Why a transition was refused. `same_status` and `not_allowed` are conflicts with the case's
 * state (the API answers 409); the reason problems are the request's fault (400, on `reason`).
 */
export type TransitionRefusal =
  'same_status' | 'not_allowed' | 'reason_required' | 'invalid_reason' | 'unexpected_reason';

export type TransitionDecision =
  | {
      readonly ok: true;
      readonly kind: TransitionKind;
      /** The closing or reopening reason, checked against its vocabulary; null when advancing. */
      readonly reason: ClosingReason | ReopeningReason | null;
    }
  | { readonly ok: false; readonly refusal: TransitionRefusal };

const isClosingReason = (code: string): code is ClosingReason =>
  (closingReasons.codes as readonly string[]).includes(code);
const isReopeningReason = (code: string): code is ReopeningReason =>
  (reopeningReasons.codes as readonly string[]).includes(code);

/**
 * Decides one transition. A reason is a code, never free text, because it is stored in the
 * audit trail; a reason sent where none is used is refused rather than silently dropped, so a
 * client that believes it recorded one learns that it did not.
 */
export function decideTransition(
  from: CaseStatus,
  to: CaseStatus,
  reason?: string | null,
): TransitionDecision {
  if (from === to) return { ok: false, refusal: 'same_status' };
  if (!NEXT[from].includes(to)) return { ok: false, refusal: 'not_allowed' };
  const given = reason ?? undefined;
  if (to === 'closed') {
    if (given === undefined) return { ok: false, refusal: 'reason_required' };
    if (!isClosingReason(given)) return { ok: false, refusal: 'invalid_reason' };
    return { ok: true, kind: 'close', reason: given };
  }
  if (from === 'closed') {
    if (given === undefined) return { ok: false, refusal: 'reason_required' };
    if (!isReopeningReason(given)) return { ok: false, refusal: 'invalid_reason' };
    return { ok: true, kind: 'reopen', reason: given };
  }
  if (given !== undefined) return { ok: false, refusal: 'unexpected_reason' };
  return { ok: true, kind: 'advance', reason: null };
}
