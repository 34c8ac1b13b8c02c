import type { Vocabulary } from './define.ts';
import { ageBands, ageBandsUnverifiedZgh } from './age-bands.ts';
import { areaTypes, areaTypesUnverifiedZgh } from './area-types.ts';
import { caseStatuses, caseStatusesUnverifiedZgh } from './case-statuses.ts';
import { consentPurposes, consentPurposesUnverifiedZgh } from './consent-purposes.ts';
import { contactChannels, contactChannelsUnverifiedZgh } from './contact-channels.ts';
import { contactTypes, contactTypesUnverifiedZgh } from './contact-types.ts';
import { economicOutcomes, economicOutcomesUnverifiedZgh } from './economic-outcomes.ts';
import { enrolmentStatuses, enrolmentStatusesUnverifiedZgh } from './enrolment-statuses.ts';
import { gbvimsTypes, gbvimsTypesUnverifiedZgh } from './gbvims-types.ts';
import { institutionTypes, institutionTypesUnverifiedZgh } from './institution-types.ts';
import { opportunityKinds, opportunityKindsUnverifiedZgh } from './opportunity-kinds.ts';
import {
  perpetratorRelations,
  perpetratorRelationsUnverifiedZgh,
} from './perpetrator-relations.ts';
import { referralStatuses, referralStatusesUnverifiedZgh } from './referral-statuses.ts';
import { scopeLevels, scopeLevelsUnverifiedZgh } from './scope-levels.ts';
import { serviceTypes, serviceTypesUnverifiedZgh } from './service-types.ts';
import { staffRoles, staffRolesUnverifiedZgh } from './staff-roles.ts';
import { urgencyLevels, urgencyLevelsUnverifiedZgh } from './urgency-levels.ts';
import { violenceContexts, violenceContextsUnverifiedZgh } from './violence-contexts.ts';
import { violenceForms, violenceFormsUnverifiedZgh } from './violence-forms.ts';

import { callOutcomes, callOutcomesUnverifiedZgh } from '../calls/call-outcomes.ts';
import {
  closingReasons,
  closingReasonsUnverifiedZgh,
  reopeningReasons,
  reopeningReasonsUnverifiedZgh,
} from '../casework/closing-reasons.ts';
import {
  availabilityChoices,
  availabilityChoicesUnverifiedZgh,
  dropReasons,
  dropReasonsUnverifiedZgh,
  mobilityChoices,
  mobilityChoicesUnverifiedZgh,
} from '../pathway/vocabularies.ts';
export * from './age-bands.ts';
export * from './area-types.ts';
export * from './case-statuses.ts';
export * from './consent-purposes.ts';
export * from './contact-channels.ts';
export * from './contact-types.ts';
export * from './economic-outcomes.ts';
export * from './enrolment-statuses.ts';
export * from './gbvims-types.ts';
export * from './institution-types.ts';
export * from './opportunity-kinds.ts';
export * from './perpetrator-relations.ts';
export * from './referral-statuses.ts';
export * from './scope-levels.ts';
export * from './service-types.ts';
export * from './staff-roles.ts';
export * from './urgency-levels.ts';
export * from './violence-contexts.ts';
export * from './violence-forms.ts';

/** Every closed list Sanad stores, e.g. to seed lookup tables or check translations. */
export const ALL_VOCABULARIES: readonly Vocabulary<string>[] = Object.freeze([
  violenceForms,
  gbvimsTypes,
  violenceContexts,
  perpetratorRelations,
  institutionTypes,
  serviceTypes,
  urgencyLevels,
  contactChannels,
  contactTypes,
  caseStatuses,
  referralStatuses,
  opportunityKinds,
  enrolmentStatuses,
  economicOutcomes,
  consentPurposes,
  staffRoles,
  scopeLevels,
  areaTypes,
  ageBands,
  callOutcomes,
  closingReasons,
  reopeningReasons,
  dropReasons,
  mobilityChoices,
  availabilityChoices,
]);

/**
 * For each vocabulary (by name), the codes whose Tamazight label still needs checking by a native
 * speaker or against IRCAM terminology; a screen may flag these labels as provisional.
 */
export const UNVERIFIED_ZGH: Readonly<Record<string, ReadonlySet<string>>> = Object.freeze({
  [violenceForms.name]: violenceFormsUnverifiedZgh,
  [gbvimsTypes.name]: gbvimsTypesUnverifiedZgh,
  [violenceContexts.name]: violenceContextsUnverifiedZgh,
  [perpetratorRelations.name]: perpetratorRelationsUnverifiedZgh,
  [institutionTypes.name]: institutionTypesUnverifiedZgh,
  [serviceTypes.name]: serviceTypesUnverifiedZgh,
  [urgencyLevels.name]: urgencyLevelsUnverifiedZgh,
  [contactChannels.name]: contactChannelsUnverifiedZgh,
  [contactTypes.name]: contactTypesUnverifiedZgh,
  [caseStatuses.name]: caseStatusesUnverifiedZgh,
  [referralStatuses.name]: referralStatusesUnverifiedZgh,
  [opportunityKinds.name]: opportunityKindsUnverifiedZgh,
  [enrolmentStatuses.name]: enrolmentStatusesUnverifiedZgh,
  [economicOutcomes.name]: economicOutcomesUnverifiedZgh,
  [consentPurposes.name]: consentPurposesUnverifiedZgh,
  [staffRoles.name]: staffRolesUnverifiedZgh,
  [scopeLevels.name]: scopeLevelsUnverifiedZgh,
  [areaTypes.name]: areaTypesUnverifiedZgh,
  [ageBands.name]: ageBandsUnverifiedZgh,
  [callOutcomes.name]: callOutcomesUnverifiedZgh,
  [closingReasons.name]: closingReasonsUnverifiedZgh,
  [reopeningReasons.name]: reopeningReasonsUnverifiedZgh,
  [dropReasons.name]: dropReasonsUnverifiedZgh,
  [mobilityChoices.name]: mobilityChoicesUnverifiedZgh,
  [availabilityChoices.name]: availabilityChoicesUnverifiedZgh,
});
