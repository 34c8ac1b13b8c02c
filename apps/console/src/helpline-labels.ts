import type { Messages } from './i18n/messages.ts';

// Labels for lists the console names itself (one catalogue key per code, so the catalogue
// test checks every language).

/** What a timeline entry says happened, from its audit code; an unknown code shows as is. */
export function timelineLabel(t: Messages, kind: string): string | undefined {
  const labels: Readonly<Record<string, string>> = {
    'case.created': t.tlCaseCreated,
    'case.claimed': t.tlCaseClaimed,
    'case.released': t.tlCaseReleased,
    'case.reassigned': t.tlCaseReassigned,
    'case.status_changed': t.tlStatusChanged,
    'case.updated': t.tlCaseUpdated,
    'contact.logged': t.tlContactLogged,
    'risk.assessed': t.tlRiskAssessed,
    'consent.recorded': t.tlConsentRecorded,
    'consent.withdrawn': t.tlConsentWithdrawn,
    'incident.added': t.tlIncidentRecorded,
    'followup.scheduled': t.tlFollowUpCreated,
    'followup.done': t.tlFollowUpDone,
    'message.sent': t.tlMessageSent,
    'safety_plan.updated': t.tlSafetyPlanUpdated,
    'economic_profile.updated': t.tlEconomicProfileUpdated,
    'enrolment.proposed': t.tlEnrolmentProposed,
    'enrolment.interest_recorded': t.tlEnrolmentInterest,
    'enrolment.referred': t.tlEnrolmentReferred,
    'enrolment.applied': t.tlEnrolmentApplied,
    'enrolment.enrolled': t.tlEnrolmentEnrolled,
    'enrolment.completed': t.tlEnrolmentCompleted,
    'enrolment.dropped': t.tlEnrolmentDropped,
    'enrolment.outcome_recorded': t.tlEnrolmentOutcome,
    'enrolment.outcome_check_due': t.tlEnrolmentOutcomeDue,
  };
  return Object.hasOwn(labels, kind) ? labels[kind] : undefined;
}
