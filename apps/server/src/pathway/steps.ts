import {
  DEFAULT_LOCALE,
  decideReferralTransition,
  dropReasons,
  isFinalReferralStatus,
  labelOf,
  type Actor,
  type ReferralStatus,
} from '@sanad/core';
import { AppError, invalidField } from '../platform/errors.ts';
import { releasePlace, takePlace } from '../opportunities/places.ts';
import { caseOfRow } from '../referrals/commands.ts';
import { referralWork, type ReferralRequest } from '../referrals/context.ts';
import { loadReferral } from '../referrals/load.ts';
import { applyStep } from '../referrals/steps.ts';
import { requireOpen } from './cards.ts';
import {
  decideStep,
  moveEnrolment,
  onEnrolment,
  type EnrolmentWork,
  type PathwayOptions,
} from './commands.ts';
import { casablancaDate } from './dates.ts';
import { armOutcomeChecks } from './outcome-checks.ts';
import { referToProvider } from './refer.ts';
import type { EnrolmentView, StepBody } from './schemas.ts';

/** Referral statuses in which the provider has taken her in charge. */
const TAKEN_IN_CHARGE: readonly ReferralStatus[] = ['accepted', 'in_progress'];

/**
 * One step on an enrolment by staff: the referring side (her answer from a call, the referral,
 * a drop) or the provider (applied, enrolled, completed, dropped). The provider's steps follow
 * its referral, which is the enrolment's own: it works on her application once it has accepted
 * her, enrolling starts the referral's work, completing or dropping ends it — one action, both
 * records in step, each referral step through the referrals' state machine.
 */
export async function stepEnrolment(
  options: PathwayOptions,
  actor: Actor,
  enrolmentId: string,
  body: StepBody,
  request: ReferralRequest,
): Promise<EnrolmentView> {
  return onEnrolment(options, actor, enrolmentId, request, body.version, async (work) => {
    decideStep(work.loaded.row.status, body.step, work.side);
    checkFields(work, body);
    switch (body.step) {
      case 'interest':
        requireLiveCase(work);
        await moveEnrolment(work, 'interested');
        return;
      case 'not_interested':
        await moveEnrolment(work, 'dropped', { droppedReason: 'not_interested' });
        return;
      case 'refer':
        await refer(work, body);
        return;
      case 'apply':
        requireTakenInCharge(work);
        await moveEnrolment(work, 'applied');
        return;
      case 'enrol':
        await enrol(work);
        return;
      case 'complete':
        await complete(work, body.note);
        return;
      case 'drop':
        await drop(work, body);
        return;
    }
  });
}

/**
 * What each step takes: a drop its reason code; her consent given on the call only when
 * referring; words only where they are kept (the provider's note back on completion, or the
 * reason carried by the referral a drop ends) — anything else is refused, never dropped.
 */
function checkFields(work: EnrolmentWork, body: StepBody): void {
  if (body.step === 'drop' && body.dropReason === undefined) {
    throw invalidField('body.dropReason', 'required');
  }
  if (body.step !== 'drop' && body.dropReason !== undefined) {
    throw invalidField('body.dropReason', 'unknown_field');
  }
  if (body.step !== 'refer' && body.consent !== undefined) {
    throw invalidField('body.consent', 'unknown_field');
  }
  const status = work.loaded.referralStatus;
  const carried =
    body.step === 'complete' ||
    (body.step === 'drop' && status !== null && !isFinalReferralStatus(status));
  if (body.note !== undefined && !carried) throw invalidField('body.note', 'unknown_field');
}

function requireLiveCase(work: EnrolmentWork): void {
  if (work.loaded.caseRow.status === 'closed') throw new AppError('invalid_transition');
}

async function refer(work: EnrolmentWork, body: StepBody): Promise<void> {
  const { tx, box, options, actor, loaded } = work;
  requireLiveCase(work);
  requireOpen(loaded.opportunity, casablancaDate(work.now));
  const referral = await referToProvider(
    options,
    tx,
    box,
    actor,
    { row: loaded.caseRow, record: loaded.record },
    { referralId: loaded.row.referralId, providerId: loaded.opportunity.providerId },
    work.requestId,
    body.consent,
  );
  await moveEnrolment(work, 'referred', { referralId: referral.id });
}

function requireTakenInCharge(work: EnrolmentWork): void {
  const status = work.loaded.referralStatus;
  if (status === null || !TAKEN_IN_CHARGE.includes(status)) {
    throw new AppError('invalid_transition');
  }
}

async function enrol(work: EnrolmentWork): Promise<void> {
  requireTakenInCharge(work);
  const taken = await takePlace(work.tx, work.loaded.opportunity.id);
  if (taken === 'full') throw new AppError('opportunity_full');
  if (taken === 'closed') throw new AppError('opportunity_closed');
  await moveEnrolment(work, 'enrolled', { placeTaken: true });
  await stepReferral(work, ['in_progress'], {});
}

async function complete(work: EnrolmentWork, note: string | undefined): Promise<void> {
  await moveEnrolment(work, 'completed');
  await armOutcomeChecks(work.tx, work.loaded.row.id, work.now);
  await stepReferral(work, ['in_progress', 'completed'], {
    note: note ?? work.loaded.opportunity.title,
  });
}

/**
 * She leaves the path. Her place goes back; the enrolment's referral ends the way its side may
 * end it: the provider declines what it had not accepted (acknowledging first, as the referrals'
 * rules want) or completes what it had, with the reason as its note; the referring side revokes.
 */
async function drop(work: EnrolmentWork, body: StepBody): Promise<void> {
  const { loaded } = work;
  const reason = body.dropReason ?? 'other';
  await moveEnrolment(work, 'dropped', { droppedReason: reason });
  if (loaded.row.placeTaken) await releasePlace(work.tx, loaded.opportunity.id);
  const words = body.note ?? labelOf(dropReasons, reason, DEFAULT_LOCALE);
  const status = loaded.referralStatus;
  if (status === null || isFinalReferralStatus(status)) return;
  if (work.side !== 'provider') {
    await stepReferral(work, ['revoked'], { reason: words });
  } else if (TAKEN_IN_CHARGE.includes(status)) {
    await stepReferral(work, ['in_progress', 'completed'], { note: words });
  } else {
    await stepReferral(work, ['acknowledged', 'declined'], { reason: words });
  }
}

/**
 * Moves the enrolment's referral along `path`, skipping the statuses it already passed, each
 * step decided by the referrals' state machine for this side (a step it refuses is not taken).
 * The reason or note goes with the path's last step.
 */
async function stepReferral(
  work: EnrolmentWork,
  path: readonly ReferralStatus[],
  text: { readonly reason?: string; readonly note?: string },
): Promise<void> {
  const { tx, box, options, actor, loaded } = work;
  if (loaded.row.referralId === null) return;
  const referral = await loadReferral(tx, loaded.row.referralId, { lock: true });
  if (!referral) return;
  const kase = caseOfRow(referral.caseRow, referral.record);
  const context = referralWork(options, tx, box, actor, kase, work.requestId);
  const side = work.side === 'provider' ? 'institution' : 'helpline';
  let row = referral.row;
  const from = path.indexOf(row.status);
  for (const [index, to] of path.entries()) {
    if (index <= from) continue;
    const last = index === path.length - 1;
    const words = {
      reason: last ? (text.reason ?? null) : null,
      note: last ? (text.note ?? null) : null,
    };
    const decision = decideReferralTransition(row.status, to, { side, ...words });
    if (!decision.ok) return;
    row = await applyStep(context, row, to, { reason: decision.reason, note: decision.note });
  }
}
