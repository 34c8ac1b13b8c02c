import type { CaseStatus, ContactChannel, StaffRole, UrgencyLevel } from '@sanad/core';

// The triage queue and its supervision, as `GET /api/v1/queue` and `/queue/health` present
// them. Names of staff are staff data (who handles a case), never survivor data.

/** A staff member as the helpline screens name her: who handles a case, who logged a call. */
export interface StaffRef {
  readonly id: string;
  readonly name: string;
}

/** What a case is about: a report of violence, or a request for support. */
export type CaseKind = 'violence_report' | 'support_request';

/** One open case waiting for, or in, triage. */
export interface QueueItem {
  readonly caseId: string;
  readonly reference: string;
  readonly kind: CaseKind;
  readonly urgency: UrgencyLevel;
  readonly status: Extract<CaseStatus, 'new' | 'in_triage'>;
  readonly channel: ContactChannel;
  readonly provinceCode: string | null;
  readonly regionCode: string | null;
  readonly createdAt: string;
  /** As the server counted it at `serverTime`; the page keeps counting from there. */
  readonly waitingSeconds: number;
  readonly claimedBy: StaffRef | null;
  readonly claimedAt: string | null;
  readonly version: number;
}

export interface QueueSnapshot {
  readonly serverTime: string;
  /** Most urgent first, then longest waiting first. */
  readonly items: readonly QueueItem[];
}

/** The answer to a claim or a reassignment. */
export interface ClaimResult {
  readonly caseId: string;
  readonly claimedBy: StaffRef;
  readonly claimedAt: string;
  readonly version: number;
}

export interface ReleaseResult {
  readonly caseId: string;
  readonly version: number;
}

/** A listener or supervisor, with her load, for the supervisor's view. */
export interface ListenerLoad {
  readonly id: string;
  readonly name: string;
  readonly role: StaffRole;
  /** Seen by the live stream within the last minute. */
  readonly onDuty: boolean;
  readonly lastSeenAt: string | null;
  readonly openCases: number;
}

export interface OverdueFollowUp {
  readonly followUpId: string;
  readonly caseId: string;
  readonly reference: string;
  readonly dueAt: string;
  readonly ownerName: string | null;
}

export interface QueueHealth {
  readonly serverTime: string;
  readonly waiting: number;
  readonly unclaimedUrgent: number;
  readonly oldestWaitingSeconds: number | null;
  readonly listeners: readonly ListenerLoad[];
  readonly overdueFollowUps: readonly OverdueFollowUp[];
}
