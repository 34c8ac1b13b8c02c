import type {
  AreaType,
  CallOutcome,
  CaseStatus,
  ClosingReason,
  ConsentPurpose,
  ContactChannel,
  ContactType,
  GbvimsType,
  Localized,
  PerpetratorRelation,
  ReopeningReason,
  RiskAnswer,
  RiskQuestionId,
  UrgencyLevel,
  ViolenceContext,
  ViolenceForm,
} from '@sanad/core';
import type { CaseKind, StaffRef } from './queue-types.ts';

// A case file as `GET /api/v1/cases/:caseId` presents it (CaseView), and what the console
// sends to change it. Codes come from `@sanad/core` vocabularies; a code this build does not
// know still shows (as the code), it never breaks the page.

export type ContactDirection = 'inbound' | 'outbound';

/** A call, a walk-in or an app contact, as the case file and the call log show it. */
export interface ContactView {
  readonly id: string;
  readonly direction: ContactDirection;
  readonly channel: ContactChannel;
  readonly type: ContactType;
  readonly occurredAt: string;
  readonly durationSeconds: number | null;
  readonly notes: string | null;
  /** A `callOutcomes` code (the server may know newer ones). */
  readonly outcome: CallOutcome | null;
  readonly handledBy: StaffRef | null;
  readonly caseId: string | null;
}

/** Her own answers in the survivor app (null where she was not asked or did not say). */
export interface IntakeAnswers {
  readonly reporter: string | null;
  readonly safeNow: string | null;
  readonly occurredWhen: string | null;
  readonly harms: readonly string[];
  readonly perpetrator: string | null;
  readonly contactMethod: string | null;
  readonly callWindow: string | null;
  readonly codeWord: string | null;
  readonly phone: string | null;
  readonly location: string | null;
  readonly sharingConsent: boolean;
  readonly seeking: readonly string[];
  readonly ageBand: string | null;
  readonly schooling: string | null;
  readonly skills: string | null;
  readonly needsChildcare: boolean | null;
  readonly needsMobility: boolean | null;
}

export interface IncidentView {
  readonly id: string;
  readonly forms: readonly ViolenceForm[];
  readonly gbvimsType: GbvimsType | null;
  readonly contexts: readonly ViolenceContext[];
  readonly perpetratorRelation: PerpetratorRelation | null;
  readonly occurredOn: string | null;
  readonly provinceCode: string | null;
  readonly areaType: AreaType | null;
  readonly narrative: string | null;
  readonly createdAt: string;
}

export type RiskAnswerMap = Readonly<Partial<Record<RiskQuestionId, RiskAnswer>>>;

export interface RiskAssessmentView {
  readonly id: string;
  readonly instrumentVersion: string;
  readonly answers: RiskAnswerMap;
  readonly score: number;
  readonly computedLevel: UrgencyLevel;
  readonly redFlags: readonly RiskQuestionId[];
  readonly finalLevel: UrgencyLevel;
  readonly overrideReason: string | null;
  /** `null`: she answered in the app. */
  readonly assessedBy: StaffRef | null;
  readonly createdAt: string;
}

export interface ConsentView {
  readonly id: string;
  readonly purpose: ConsentPurpose;
  readonly granted: boolean;
  readonly channel: ContactChannel;
  readonly institutionId: string | null;
  readonly recordedAt: string;
  readonly recordedBy: StaffRef | null;
  readonly withdrawnAt: string | null;
}

export type FollowUpKind = 'callback' | 'follow_up';

export interface FollowUpView {
  readonly id: string;
  readonly kind: FollowUpKind;
  readonly dueAt: string;
  readonly note: string | null;
  readonly doneAt: string | null;
  readonly assignedTo: StaffRef | null;
}

export interface MessageView {
  readonly id: string;
  readonly from: 'survivor' | 'staff';
  readonly staffName: string | null;
  readonly body: string;
  readonly sentAt: string;
}

export interface TimelineEntry {
  readonly at: string;
  /** An audit action code: `case.created`, `contact.logged`, `risk.assessed`, … */
  readonly kind: string;
  readonly by: StaffRef | null;
  readonly summary: Readonly<Record<string, string | number | boolean | null>>;
}

export interface PathInstitution {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly provinceCode: string | null;
}

/** Who to alert now for an emergency: the competent security service and the prosecution. */
export interface UrgentPath {
  readonly security: {
    readonly service: 'dgsn' | 'gendarmerie';
    readonly reason: 'urban' | 'rural' | 'unknown_area';
    readonly institutions: readonly PathInstitution[];
  };
  readonly prosecution: readonly PathInstitution[];
}

export interface CaseAbilities {
  readonly update: boolean;
  readonly claim: boolean;
  readonly release: boolean;
  readonly reassign: boolean;
  readonly message: boolean;
}

export interface CaseView {
  readonly id: string;
  readonly reference: string;
  readonly kind: CaseKind;
  readonly status: CaseStatus;
  readonly urgency: UrgencyLevel;
  readonly version: number;
  readonly provinceCode: string | null;
  readonly regionCode: string | null;
  readonly areaType: AreaType | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly claimedBy: StaffRef | null;
  readonly claimedAt: string | null;
  readonly trackingCode: string | null;
  readonly intake: IntakeAnswers | null;
  readonly incidents: readonly IncidentView[];
  /** Newest first. */
  readonly riskAssessments: readonly RiskAssessmentView[];
  readonly consents: readonly ConsentView[];
  readonly safetyPlan: string | null;
  readonly safetyPlanUpdatedAt: string | null;
  readonly followUps: readonly FollowUpView[];
  readonly contacts: readonly ContactView[];
  readonly messages: readonly MessageView[];
  /** Oldest first. */
  readonly timeline: readonly TimelineEntry[];
  readonly allowedTransitions: readonly CaseStatus[];
  readonly urgentPath: UrgentPath | null;
  readonly abilities: CaseAbilities;
}

export interface MessageTemplate {
  readonly id: string;
  readonly text: Localized;
  /** Languages whose text still needs a native speaker's check (Tamazight for now). */
  readonly unverified?: readonly string[];
}

// ——— What the console sends ———

export interface CaseChanges {
  readonly urgency?: UrgencyLevel;
  readonly provinceCode?: string;
  readonly areaType?: AreaType;
  /** `null` removes the plan. */
  readonly safetyPlan?: string | null;
}

export interface StatusChange {
  readonly status: CaseStatus;
  /** A closing-reason code to close, a reopening-reason code to reopen; nothing otherwise. */
  readonly reason?: ClosingReason | ReopeningReason;
}

export interface IncidentInput {
  readonly forms: readonly ViolenceForm[];
  readonly gbvimsType?: GbvimsType;
  readonly contexts: readonly ViolenceContext[];
  readonly perpetratorRelation?: PerpetratorRelation;
  readonly occurredOn?: string;
  readonly provinceCode?: string;
  readonly areaType?: AreaType;
  readonly narrative?: string;
}

export interface RiskAssessmentInput {
  readonly answers: RiskAnswerMap;
  readonly overrideLevel?: UrgencyLevel;
  readonly overrideReason?: string;
}

export interface ConsentInput {
  readonly purpose: ConsentPurpose;
  readonly granted: boolean;
  readonly channel: ContactChannel;
  readonly institutionId?: string;
}

export interface FollowUpInput {
  readonly kind: FollowUpKind;
  readonly dueAt: string;
  readonly note?: string;
}

export interface CaseSearchCriteria {
  readonly trackingCode?: string;
  readonly reference?: string;
  readonly phone?: string;
  readonly status?: CaseStatus;
  readonly urgency?: UrgencyLevel;
  readonly provinceCode?: string;
  readonly from?: string;
  readonly to?: string;
  readonly limit?: number;
}

export interface CaseSearchHit {
  readonly caseId: string;
  readonly reference: string;
  readonly kind: CaseKind;
  readonly status: CaseStatus;
  readonly urgency: UrgencyLevel;
  readonly provinceCode: string | null;
  readonly createdAt: string;
  readonly claimedBy: StaffRef | null;
}
