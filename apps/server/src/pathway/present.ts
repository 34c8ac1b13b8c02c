import {
  canFollowEnrolment,
  canRecordOutcome,
  canRespondToEnrolment,
  stepsOpenTo,
  type Actor,
  type DropReason,
  type EnrolmentSide,
} from '@sanad/core';
import { cardOf } from './cards.ts';
import type { ProviderContact } from './contact.ts';
import type { LoadedEnrolment } from './load.ts';
import type { EnrolmentView } from './schemas.ts';

const providerRecord = (loaded: LoadedEnrolment) => ({
  providerId: loaded.opportunity.providerId,
  referralStatus: loaded.referralStatus,
});

/** Either side may read it: the case's referring side, or the provider she was referred to. */
export const seesEnrolment = (actor: Actor, loaded: LoadedEnrolment): boolean =>
  canRespondToEnrolment(actor, 'enrolment.read', providerRecord(loaded)) ||
  canFollowEnrolment(actor, 'enrolment.read', loaded.record);

/** The side this actor takes on the enrolment, if any (the provider first: it is the narrower). */
export function sideOf(actor: Actor, loaded: LoadedEnrolment): EnrolmentSide | null {
  if (canRespondToEnrolment(actor, 'enrolment.respond', providerRecord(loaded))) return 'provider';
  if (canFollowEnrolment(actor, 'enrolment.propose', loaded.record)) return 'referring';
  return null;
}

const iso = (value: Date | null) => (value === null ? null : value.toISOString());

/**
 * Reasons she left that speak of her danger or her family stay with the helpline: the provider
 * learns she left, not why.
 */
const PRIVATE_DROP_REASONS: readonly DropReason[] = ['safety', 'family_opposition'];

/** The enrolment as this viewer sees it, with the steps open to them. */
export function presentEnrolment(
  loaded: LoadedEnrolment,
  side: EnrolmentSide | null,
  contact: ProviderContact | null = null,
): EnrolmentView {
  const { row } = loaded;
  const hidden =
    side === 'provider' &&
    row.droppedReason !== null &&
    PRIVATE_DROP_REASONS.includes(row.droppedReason);
  const dropReason = hidden ? 'other' : row.droppedReason;
  return {
    id: row.id,
    caseId: row.caseId,
    caseReference: loaded.caseRow.reference,
    opportunity: cardOf(loaded.opportunity, loaded.providerName),
    status: row.status,
    dropReason,
    contact,
    outcome: row.outcome,
    outcomeOn: row.outcomeOn,
    referralId: row.referralId,
    proposedAt: row.createdAt.toISOString(),
    interestedAt: iso(row.interestedAt),
    referredAt: iso(row.referredAt),
    appliedAt: iso(row.appliedAt),
    enrolledAt: iso(row.enrolledAt),
    completedOn: row.completedOn,
    droppedAt: iso(row.droppedAt),
    version: row.version,
    abilities: {
      steps: side === null ? [] : [...stepsOpenTo(row.status, side)],
      recordOutcome: side !== null && canRecordOutcome(row.status),
    },
  };
}
