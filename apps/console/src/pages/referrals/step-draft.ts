import type { ReferralStatus } from '@sanad/core';
import type { TransitionInput } from '../../api/referral-types.ts';

// A step of a referral's lifecycle as typed, turned into the body the API takes: the decline or
// revocation reason, or the note back, goes where the step needs it.

/** What a step asks for: a decline or revocation reason, the note back, or nothing. */
export function stepNeeds(to: ReferralStatus): 'reason' | 'note' | null {
  if (to === 'declined' || to === 'revoked') return 'reason';
  if (to === 'completed') return 'note';
  return null;
}

/** The order in which a viewer is offered the steps she may take. */
export const STEP_ORDER: readonly ReferralStatus[] = [
  'acknowledged',
  'accepted',
  'in_progress',
  'completed',
  'declined',
  'revoked',
];

/** The steps to offer, in `STEP_ORDER`, of those the server allows this viewer now. */
export function offeredSteps(allowed: readonly ReferralStatus[]): ReferralStatus[] {
  return STEP_ORDER.filter((step) => allowed.includes(step));
}

/** Either the body to send, or what to fix first (by field). */
export type Checked<T, Field extends string> =
  | { readonly ok: true; readonly input: T }
  | { readonly ok: false; readonly problems: Partial<Record<Field, 'required' | 'invalid'>> };

/** The body of `POST /referrals/:id/transitions`; the text goes where the step needs it. */
export function transitionInputOf(
  to: ReferralStatus,
  version: number,
  text = '',
): Checked<TransitionInput, 'reason' | 'note'> {
  const needs = stepNeeds(to);
  const value = text.trim();
  if (needs === null) return { ok: true, input: { to, version } };
  if (needs === 'reason') {
    return value === ''
      ? { ok: false, problems: { reason: 'required' } }
      : { ok: true, input: { to, version, reason: value } };
  }
  return value === ''
    ? { ok: false, problems: { note: 'required' } }
    : { ok: true, input: { to, version, note: value } };
}
