import type { ReferralStatus } from '../vocabulary/referral-statuses.ts';
import type { StaffRole } from '../vocabulary/staff-roles.ts';
import type { Action } from './actions.ts';
import { inScope, type Actor, type Place } from './actor.ts';

/**
 * Who may do what, denied by default. `ROLE_GRANTS` says which actions a role may ever take;
 * the record rules below narrow that to the records in the actor's reach. Each record rule has
 * a SQL twin in the server (`authorization/scopes.ts`) so lists filter with the same meaning,
 * and a property test keeps the two in agreement.
 */
const ACCOUNT: readonly Action[] = ['account.read', 'account.change_password'];

/** What the helpline does with cases: take them from the queue, log calls, work the file. */
const CASE_WORK: readonly Action[] = [
  'case.read',
  'case.create',
  'case.update',
  'case.claim',
  'case.search',
  'queue.read',
  'live.listen',
  'contact.create',
  'contact.read_history',
  'message.send',
  'directory.read',
  'referral.read',
  'referral.create',
  'referral.send',
  'referral.revoke',
  'opportunity.read',
  'enrolment.read',
  'enrolment.propose',
];

/** What an institution's staff do: answer referrals addressed to it, and register requests. */
const INSTITUTION_WORK: readonly Action[] = [
  'case.read',
  'live.listen',
  'directory.read',
  'directory.update_capacity',
  'referral.read',
  'referral.respond',
  'referral.record_service',
  // A competent body's own requests: it refers them onward exactly as the helpline does.
  'referral.create',
  'referral.send',
  'referral.revoke',
  'request.create',
  'request.read',
  // A provider keeps its own opportunities and answers for the women referred to them.
  'opportunity.read',
  'opportunity.manage',
  'enrolment.read',
  'enrolment.respond',
  // …and, for a woman it registered itself, proposes opportunities as the helpline does.
  'enrolment.propose',
];

export const ROLE_GRANTS: Readonly<Record<StaffRole, readonly Action[]>> = {
  listener: [...ACCOUNT, ...CASE_WORK],
  supervisor: [
    ...ACCOUNT,
    ...CASE_WORK,
    'case.read_audit_trail',
    'case.reassign',
    'queue.supervise',
    'indicator.read',
  ],
  institution_agent: [...ACCOUNT, ...INSTITUTION_WORK],
  institution_manager: [...ACCOUNT, ...INSTITUTION_WORK, 'opportunity.import'],
  analyst: [...ACCOUNT, 'indicator.read'],
  admin: [
    ...ACCOUNT,
    'staff.list',
    'staff.create',
    'staff.update',
    'staff.disable',
    'staff.reset_password',
    'institution.list',
    'institution.create',
    'institution.update',
    'institution.import',
    'directory.read',
    'case.read_audit_trail',
    'person.erase',
    'emergency_number.update',
    'opportunity.read',
    'opportunity.manage',
    'opportunity.import',
    'indicator.read',
  ],
};

/** Referral statuses in which the receiving institution may see what was shared with it. */
export const SHARING_REFERRAL_STATUSES: readonly ReferralStatus[] = [
  'sent',
  'acknowledged',
  'accepted',
  'in_progress',
  'completed',
];

/**
 * A case as the rules need it: where it is, which institutions it was referred to, and which
 * competent body registered it on her behalf (Aman Lki's second door), if one did.
 */
export interface CaseRecord extends Place {
  readonly referrals: readonly {
    readonly institutionId: string;
    readonly status: ReferralStatus;
    /** Absent means `case`. */
    readonly scope?: ReferralScope;
  }[];
  readonly registeredByInstitutionId?: string | null;
}

/**
 * What a referral shares: `case`, her file as she agreed to share it with that institution;
 * `opportunity`, only how to reach her about one opportunity (a training centre or an employer
 * never reads her report, her risk or her safety plan).
 */
export type ReferralScope = 'case' | 'opportunity';

/** A referral as the rules need it: to whom it goes, and where it stands. */
export interface ReferralRecord {
  readonly institutionId: string;
  readonly status: ReferralStatus;
}

/** A staff account as the rules need it. */
export interface StaffRecord extends Place {
  readonly id: string;
}

/** An institution as the rules need it. */
export type InstitutionRecord = Place;

export const isGranted = (actor: Actor, action: Action): boolean =>
  ROLE_GRANTS[actor.role].includes(action);

/** Staff of a receiving institution (as opposed to the helpline, the ministry, admins). */
export const isInstitutionRole = (actor: Pick<Actor, 'role'>): boolean =>
  actor.role === 'institution_agent' || actor.role === 'institution_manager';

/** An institution sees a case only through a live referral of the case addressed to it. */
export const referredTo = (actor: Actor, record: CaseRecord): boolean =>
  actor.institutionId !== null &&
  record.referrals.some(
    (r) =>
      r.institutionId === actor.institutionId &&
      (r.scope ?? 'case') === 'case' &&
      SHARING_REFERRAL_STATUSES.includes(r.status),
  );

/** The competent body that registered the case on her behalf. */
export const registeredBy = (actor: Actor, record: CaseRecord): boolean =>
  actor.institutionId !== null && record.registeredByInstitutionId === actor.institutionId;

export function canReadCase(actor: Actor, record: CaseRecord): boolean {
  if (!isGranted(actor, 'case.read')) return false;
  return isInstitutionRole(actor)
    ? referredTo(actor, record) || registeredBy(actor, record)
    : inScope(actor.scope, record);
}

/**
 * The referring side of a case: the helpline within its territory, or the competent body that
 * registered it. Referring sees the proposals, creates, sends and revokes referrals, and reads
 * all the referrals of the case.
 */
export function canReferFromCase(
  actor: Actor,
  action: 'referral.read' | 'referral.create' | 'referral.send' | 'referral.revoke',
  record: CaseRecord,
): boolean {
  if (!isGranted(actor, action)) return false;
  return isInstitutionRole(actor) ? registeredBy(actor, record) : inScope(actor.scope, record);
}

/**
 * The receiving side: the institution a referral is addressed to answers it and records what it
 * delivered, once it was sent (a draft is still the referring side's).
 */
export function canRespondToReferral(
  actor: Actor,
  action: 'referral.read' | 'referral.respond' | 'referral.record_service',
  referral: ReferralRecord,
): boolean {
  return (
    isGranted(actor, action) &&
    isInstitutionRole(actor) &&
    actor.institutionId === referral.institutionId &&
    referral.status !== 'draft'
  );
}

/**
 * The helpline works a case (claim, log a call, assess, record consent, change status, message
 * her) within its territory. Institutions act on a case only through their referrals (#6).
 */
export function canWorkCase(
  actor: Actor,
  action: 'case.update' | 'case.claim' | 'message.send',
  record: CaseRecord,
): boolean {
  return isGranted(actor, action) && !isInstitutionRole(actor) && inScope(actor.scope, record);
}

/** A supervisor hands a case from one listener to another within the supervisor's territory. */
export function canReassignCase(actor: Actor, record: CaseRecord): boolean {
  return isGranted(actor, 'case.reassign') && inScope(actor.scope, record);
}

export function canReadCaseTrail(actor: Actor, record: CaseRecord): boolean {
  return isGranted(actor, 'case.read_audit_trail') && inScope(actor.scope, record);
}

/** Admins see the accounts within their scope. */
export function canSeeStaff(actor: Actor, target: StaffRecord): boolean {
  return isGranted(actor, 'staff.list') && inScope(actor.scope, target);
}

/** Admins manage accounts within their scope, and never change their own role or status. */
export function canManageStaff(
  actor: Actor,
  action: 'staff.update' | 'staff.disable' | 'staff.reset_password',
  target: StaffRecord,
): boolean {
  return isGranted(actor, action) && inScope(actor.scope, target) && target.id !== actor.id;
}

export function canSeeInstitution(actor: Actor, record: InstitutionRecord): boolean {
  return isGranted(actor, 'institution.list') && inScope(actor.scope, record);
}

export function canUpdateInstitution(actor: Actor, record: InstitutionRecord): boolean {
  return isGranted(actor, 'institution.update') && inScope(actor.scope, record);
}
