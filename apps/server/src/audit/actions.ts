/**
 * Every audited action, by resource. A typed constant, so a misspelt action does not compile;
 * the name says what happened (`case.viewed`), the record type says to what.
 */
export const AUDIT_ACTIONS = [
  // Staff identity
  'auth.signed_in',
  'auth.sign_in_failed',
  'auth.signed_out',
  'auth.signed_out_everywhere',
  'auth.totp_enrolled',
  'auth.recovery_code_used',
  'auth.password_changed',
  // Administration (permission changes included)
  'staff.created',
  'staff.updated',
  'staff.disabled',
  'staff.enabled',
  'staff.password_reset',
  'institution.created',
  'institution.updated',
  'institution.imported',
  'institution.capacity_updated',
  'emergency_numbers.updated',
  // Survivor data
  'person.viewed',
  'person.erased',
  'case.viewed',
  'case.created',
  'case.updated',
  'case.read',
  'case.status_changed',
  'case.searched',
  'case.claimed',
  'case.released',
  'case.reassigned',
  'incident.added',
  'risk.assessed',
  'consent.recorded',
  'consent.withdrawn',
  'safety_plan.updated',
  'followup.scheduled',
  'followup.done',
  'contact.logged',
  'contact.history_viewed',
  'audit.case_trail_viewed',
  'message.sent',
  // Referrals (issue #6) and requests from competent bodies
  'referral.proposals_viewed',
  'referral.created',
  'referral.sent',
  'referral.override_used',
  'referral.acknowledged',
  'referral.accepted',
  'referral.declined',
  'referral.started',
  'referral.completed',
  'referral.revoked',
  'referral.viewed',
  'referral.escalated',
  'service.recorded',
  'request.registered',
  // Keys
  'keys.master_rotated',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
