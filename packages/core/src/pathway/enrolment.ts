import type { EnrolmentStatus } from '../vocabulary/enrolment-statuses.ts';
import { dropReasons } from './vocabularies.ts';
import type { DropReason, EnrolmentSide, EnrolmentStep } from './types.ts';

/**
 * An enrolment's life (issue #7): proposed → she says she is interested → referred to the
 * provider → applied → enrolled → completed; or dropped, with a reason, at any point before the
 * end. Each step belongs to a side: she (or the listener recording her answer from a call) says
 * yes or no; the referring side — the helpline, the body that registered the case, or the
 * platform acting for them — sends the referral; the provider records what happened with it;
 * either the referring side or the provider records a drop. Nothing goes backwards.
 */

interface StepRule {
  readonly sides: readonly EnrolmentSide[];
  readonly from: readonly EnrolmentStatus[];
  readonly to: EnrolmentStatus;
}

/** Statuses in which the enrolment is still going (not completed, not dropped). */
export const ENROLMENT_OPEN_STATUSES = [
  'proposed',
  'interested',
  'referred',
  'applied',
  'enrolled',
] as const satisfies readonly EnrolmentStatus[];

const HER_ANSWER: readonly EnrolmentSide[] = ['survivor', 'referring'];

const STEPS: Readonly<Record<EnrolmentStep, StepRule>> = {
  interest: { sides: HER_ANSWER, from: ['proposed'], to: 'interested' },
  // Her "yes, call me first" is not final: she may still say no before being passed on.
  not_interested: { sides: HER_ANSWER, from: ['proposed', 'interested'], to: 'dropped' },
  refer: { sides: ['referring'], from: ['interested'], to: 'referred' },
  apply: { sides: ['provider'], from: ['referred'], to: 'applied' },
  // A provider may enrol her straight from the referral: not every programme has applications.
  enrol: { sides: ['provider'], from: ['referred', 'applied'], to: 'enrolled' },
  complete: { sides: ['provider'], from: ['enrolled'], to: 'completed' },
  drop: { sides: ['referring', 'provider'], from: ENROLMENT_OPEN_STATUSES, to: 'dropped' },
};

/** Every step, in the order a console lists the actions. */
export const ENROLMENT_STEPS = Object.freeze(Object.keys(STEPS) as EnrolmentStep[]);

export type EnrolmentStepDecision =
  | { readonly ok: true; readonly next: EnrolmentStatus }
  | { readonly ok: false; readonly reason: 'invalid_transition' | 'not_your_step' };

/**
 * Decides one step. The side is checked first: a step its side may never take is `not_your_step`
 * (the API's 403) whatever the status, so a refusal tells a side nothing about an enrolment it
 * may not move; a step of its own taken from the wrong status is `invalid_transition` (409).
 * The drop reason is decided separately (`dropReasonFor`).
 */
export function enrolmentStep(
  status: EnrolmentStatus,
  step: EnrolmentStep,
  side: EnrolmentSide,
): EnrolmentStepDecision {
  const rule = STEPS[step];
  if (!rule.sides.includes(side)) return { ok: false, reason: 'not_your_step' };
  if (!rule.from.includes(status)) return { ok: false, reason: 'invalid_transition' };
  return { ok: true, next: rule.to };
}

/** The steps this side may take now, in `ENROLMENT_STEPS` order (the console's buttons). */
export function stepsOpenTo(
  status: EnrolmentStatus,
  side: EnrolmentSide,
): readonly EnrolmentStep[] {
  return ENROLMENT_STEPS.filter((step) => enrolmentStep(status, step, side).ok);
}

/** Only `drop` asks for a reason; `not_interested` carries its own. */
export function needsReason(step: EnrolmentStep): boolean {
  return step === 'drop';
}

export type DropReasonDecision =
  | { readonly ok: true; readonly dropReason: DropReason | null }
  | {
      readonly ok: false;
      readonly refusal: 'reason_required' | 'invalid_reason' | 'unexpected_reason';
    };

const isDropReason = (code: string): code is DropReason =>
  (dropReasons.codes as readonly string[]).includes(code);

/**
 * The drop reason to store with a step: the one given for `drop` (required, a code of
 * `dropReasons`), `not_interested` for her "no", none for the other steps. A reason sent where
 * none is used is refused rather than dropped silently, as for a case's closing reason.
 */
export function dropReasonFor(step: EnrolmentStep, given?: string | null): DropReasonDecision {
  const reason = given ?? null;
  if (needsReason(step)) {
    if (reason === null) return { ok: false, refusal: 'reason_required' };
    if (!isDropReason(reason)) return { ok: false, refusal: 'invalid_reason' };
    return { ok: true, dropReason: reason };
  }
  if (step === 'not_interested') {
    if (reason !== null && reason !== 'not_interested') {
      return { ok: false, refusal: 'unexpected_reason' };
    }
    return { ok: true, dropReason: 'not_interested' };
  }
  if (reason !== null) return { ok: false, refusal: 'unexpected_reason' };
  return { ok: true, dropReason: null };
}

/** Enrolling her takes one of the opportunity's places (the server decrements `places_left`). */
export function takesPlace(step: EnrolmentStep): boolean {
  return step === 'enrol';
}

/**
 * Dropping out after enrolling gives her place back, so another woman can have it; completing
 * does not (the session is over).
 */
export function releasesPlace(status: EnrolmentStatus, step: EnrolmentStep): boolean {
  return status === 'enrolled' && step === 'drop';
}

/** An outcome (employed, business created…) is recorded once she finished or stopped. */
export function canRecordOutcome(status: EnrolmentStatus): boolean {
  return status === 'completed' || status === 'dropped';
}

export function isEnrolmentOpen(status: EnrolmentStatus): boolean {
  return (ENROLMENT_OPEN_STATUSES as readonly EnrolmentStatus[]).includes(status);
}
