import type { ReferralStatus } from '../vocabulary/referral-statuses.ts';
import { inScope, type Actor } from './actor.ts';
import {
  isGranted,
  isInstitutionRole,
  registeredBy,
  SHARING_REFERRAL_STATUSES,
  type CaseRecord,
} from './rules.ts';

/**
 * Who may do what on the economic pathway (issue #7). A provider keeps its own catalogue and
 * sees only the women referred to it, with their consent, through a referral that is live; the
 * referring side of a case proposes opportunities and follows them, as it does referrals.
 */

/** An opportunity as the rules need it: whose catalogue it belongs to. */
export interface OpportunityRecord {
  readonly providerId: string;
}

/** An enrolment as the provider's rules need it: to whom, and where its referral stands. */
export interface EnrolmentRecord {
  readonly providerId: string;
  /** Status of the referral that sent her to the provider; null before one was made. */
  readonly referralStatus: ReferralStatus | null;
}

/** Admins keep the whole catalogue; a provider's staff keep their own opportunities only. */
export function canManageOpportunity(actor: Actor, opportunity: OpportunityRecord): boolean {
  if (!isGranted(actor, 'opportunity.manage')) return false;
  if (actor.role === 'admin') return true;
  return (
    isInstitutionRole(actor) &&
    actor.institutionId !== null &&
    actor.institutionId === opportunity.providerId
  );
}

/**
 * The referring side of the case proposes opportunities to her and follows her enrolments: the
 * helpline within its territory, or the competent body that registered the case — the same
 * reach as for referrals (`canReferFromCase`).
 */
export function canFollowEnrolment(
  actor: Actor,
  action: 'enrolment.read' | 'enrolment.propose',
  caseRecord: CaseRecord,
): boolean {
  if (!isGranted(actor, action)) return false;
  return isInstitutionRole(actor)
    ? registeredBy(actor, caseRecord)
    : inScope(actor.scope, caseRecord);
}

/**
 * The provider's side: its staff read and answer for a woman only once a referral sharing her
 * file with it is live (sent with her consent and not declined or revoked) — so a provider never
 * learns of a woman who was merely proposed its opportunity.
 */
export function canRespondToEnrolment(
  actor: Actor,
  action: 'enrolment.read' | 'enrolment.respond',
  enrolment: EnrolmentRecord,
): boolean {
  return (
    isGranted(actor, action) &&
    isInstitutionRole(actor) &&
    actor.institutionId !== null &&
    actor.institutionId === enrolment.providerId &&
    enrolment.referralStatus !== null &&
    SHARING_REFERRAL_STATUSES.includes(enrolment.referralStatus)
  );
}
