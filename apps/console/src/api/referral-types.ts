import type {
  AreaType,
  ContactChannel,
  InstitutionType,
  ProposalReason,
  ReferralStatus,
  ServiceType,
  UrgencyLevel,
} from '@sanad/core';
import type { StaffRef } from './queue-types.ts';

// Referrals as the API presents them (issue #6): proposals with their reasons, referrals with
// their status, deadlines, note back and services delivered, the receiving institution's inbox,
// and a competent body's own requests. Codes come from `@sanad/core`; a code this build does not
// know still shows (as the code), it never breaks the page.

export type { ProposalReason, ReferralStatus };

/** An institution of the network, as a referral names it. */
export interface ReferralInstitution {
  readonly id: string;
  readonly name: string;
  readonly type: InstitutionType;
  readonly provinceCode: string | null;
  readonly regionCode: string;
}

/** One proposed institution, ranked by the server, with the reasons for its place. */
export interface ProposalView {
  readonly institution: ReferralInstitution & {
    readonly agency: string;
    readonly open247: boolean;
    readonly capacityFree: number | null;
    readonly phone: string | null;
  };
  /** 1 = first. */
  readonly rank: number;
  readonly territory: 'province' | 'region' | 'national' | 'elsewhere';
  readonly openNow: boolean;
  readonly servicesCovered: readonly ServiceType[];
  readonly bedsFree: number | null;
  readonly full: boolean;
  /** False: sending needs her consent now, or (emergency only) the override. */
  readonly consentGranted: boolean;
  /** A live referral to it already exists on this case. */
  readonly alreadyReferred: boolean;
  readonly reasons: readonly ProposalReason[];
}

export interface ProposalsAnswer {
  /** The services the proposals answer: those asked for, or her needs read from the case. */
  readonly services: readonly ServiceType[];
  readonly proposals: readonly ProposalView[];
}

export interface ServiceRecordView {
  readonly id: string;
  readonly serviceType: ServiceType;
  /** `YYYY-MM-DD`. */
  readonly startedOn: string;
  readonly endedOn: string | null;
  readonly notes: string | null;
  readonly recordedBy: StaffRef | null;
  readonly createdAt: string;
}

export type ReferredBy =
  | { readonly kind: 'helpline' }
  | { readonly kind: 'institution'; readonly institution: ReferralInstitution };

/** The step a deadline is about. */
export type DeadlineStage = 'acknowledge' | 'accept';

export interface ReferralView {
  readonly id: string;
  readonly caseId: string;
  readonly caseReference: string;
  readonly status: ReferralStatus;
  readonly urgency: UrgencyLevel;
  readonly services: readonly ServiceType[];
  readonly institution: ReferralInstitution;
  readonly referredBy: ReferredBy;
  readonly emergencyOverride: boolean;
  /** Shown to the referring side only; null for the receiving institution. */
  readonly overrideReason: string | null;
  /** Why it was declined or revoked. */
  readonly reason: string | null;
  /** The receiving institution's completion note to the referring side. */
  readonly noteBack: string | null;
  readonly sentBy: StaffRef | null;
  readonly createdAt: string;
  readonly sentAt: string | null;
  readonly acknowledgeDueAt: string | null;
  readonly acknowledgedAt: string | null;
  readonly acceptDueAt: string | null;
  readonly acceptedAt: string | null;
  readonly declinedAt: string | null;
  readonly startedAt: string | null;
  readonly completedAt: string | null;
  readonly revokedAt: string | null;
  /** A deadline passed and its step is still awaited. */
  readonly overdue: DeadlineStage | null;
  /** 1: the institution's managers were told; 2: the supervisors were told. */
  readonly escalation: 0 | 1 | 2;
  /** After a decline or a second escalation: who to try next. */
  readonly nextProposal: ReferralInstitution | null;
  readonly serviceRecords: readonly ServiceRecordView[];
  /** The steps this viewer may take now. */
  /** `opportunity`: only how to reach her about one opportunity, never her file. */
  readonly scope: 'case' | 'opportunity';
  readonly allowedTransitions: readonly ReferralStatus[];
  readonly abilities: { readonly send: boolean; readonly recordService: boolean };
  readonly version: number;
}

// ——— What the console sends ———

/** She agrees now, through this channel, to share with the institution. */
export interface ConsentNow {
  readonly channel: ContactChannel;
}

export interface EmergencyOverride {
  readonly reason: string;
}

export interface CreateReferralInput {
  readonly institutionId: string;
  readonly services: readonly ServiceType[];
  readonly send?: boolean;
  readonly consent?: ConsentNow;
  readonly emergencyOverride?: EmergencyOverride;
}

export interface SendReferralInput {
  readonly version: number;
  readonly consent?: ConsentNow;
  readonly emergencyOverride?: EmergencyOverride;
}

export interface TransitionInput {
  readonly to: ReferralStatus;
  readonly version: number;
  readonly reason?: string;
  readonly note?: string;
}

export interface ServiceRecordInput {
  readonly serviceType: ServiceType;
  readonly startedOn: string;
  readonly endedOn?: string;
  readonly notes?: string;
  readonly version: number;
}

// ——— The receiving institution ———

export type InboxView = 'open' | 'closed' | 'all';

export interface InboxAnswer {
  readonly institution: ReferralInstitution;
  readonly referrals: readonly ReferralView[];
}

/** The directory's public fields the capacity answer is read for. */
export interface DirectoryEntry {
  readonly id: string;
  readonly name: string;
  readonly capacityFree: number | null;
}

// ——— A competent body's requests ———

export interface RequestInput {
  readonly urgency: UrgencyLevel;
  readonly provinceCode: string;
  readonly areaType?: AreaType;
  readonly services: readonly ServiceType[];
  readonly firstName?: string;
  readonly phone?: string;
  readonly summary?: string;
  readonly consentChannel: ContactChannel;
  /**
   * She agreed to be helped and guided through the platform (consent purpose `care`): required.
   * Her consent to share with each institution is asked when it is referred.
   */
  readonly careConsent: true;
}

export interface RequestCreated {
  readonly caseId: string;
  readonly reference: string;
}

export interface RequestSummary {
  readonly caseId: string;
  readonly reference: string;
  readonly urgency: UrgencyLevel;
  readonly createdAt: string;
  readonly referrals: readonly ReferralView[];
}
