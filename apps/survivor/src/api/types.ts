import type { Locale } from '../i18n/locale.ts';

/**
 * The public API as the survivor app sees it (`/api/v1/public/…`). Written here rather than
 * imported from the server: front-ends reach the server through HTTP only, and these shapes are
 * the contract both sides test against.
 */

export type Answer3 = 'yes' | 'no' | 'unknown';
export type ContactMethod = 'call' | 'sms' | 'none';
export type CallWindow = 'morning' | 'afternoon' | 'evening' | 'any_time';

export interface ContactBody {
  readonly phone?: string;
  readonly method?: ContactMethod;
  readonly window?: CallWindow;
  readonly codeWord?: string;
}

export interface ReportBody {
  readonly kind: 'urgent' | 'violence';
  readonly language: Locale;
  readonly reporter?: 'self' | 'relative' | 'witness';
  readonly provinceCode?: string;
  readonly areaType?: 'urban' | 'rural';
  readonly location?: {
    readonly latitude: number;
    readonly longitude: number;
    readonly accuracyMeters?: number;
  };
  readonly safeNow?: 'yes' | 'no' | 'unsure';
  readonly harms?: readonly string[];
  readonly when?: string;
  readonly perpetrator?: string;
  readonly risk?: Readonly<Record<string, Answer3>>;
  readonly narrative?: string;
  readonly contact?: ContactBody;
  readonly consents: {
    readonly care: boolean;
    readonly sharing: boolean;
    readonly statistics: boolean;
    readonly location: boolean;
  };
}

export interface SupportBody {
  readonly language: Locale;
  readonly seeking: readonly string[];
  readonly provinceCode: string;
  readonly ageBand: string;
  readonly schooling?: string;
  readonly skills?: string;
  readonly constraints?: { readonly childcare?: boolean; readonly mobility?: boolean };
  readonly contact?: Omit<ContactBody, 'codeWord'>;
  readonly consents: {
    readonly care: boolean;
    readonly sharing: boolean;
    readonly statistics: boolean;
  };
}

/** What she must keep to follow her request: shown once, never stored in clear. */
export interface Receipt {
  readonly trackingCode: string;
  readonly secret: string;
}

export type RequestStatus = 'received' | 'in_progress' | 'closed';

export type FollowStep =
  'received' | 'referred' | 'taken_in_charge' | 'service_given' | 'completed';

export interface ThreadMessage {
  readonly id: string;
  readonly from: 'survivor' | 'listener';
  readonly body: string;
  readonly sentAt: string;
}

/** A kind of economic opportunity (the catalogue's codes). */
export type OpportunityKind =
  | 'job_offer'
  | 'training'
  | 'vocational_training'
  | 'business_creation'
  | 'income_generating_project'
  | 'microcredit_grant';

/** Where she stands on an opportunity, in five plain stages. */
export type OpportunityStage = 'proposed' | 'waiting' | 'in_progress' | 'done' | 'stopped';

/** An opportunity her listener proposed to her, named with who offers it. */
export interface SurvivorOpportunity {
  readonly enrolmentId: string;
  readonly kind: OpportunityKind;
  readonly title: string;
  readonly description: string;
  /** The organisation that offers it: her "yes, pass it on" shares her request with it. */
  readonly provider: string;
  readonly provinceCodes: readonly string[];
  readonly remote: boolean;
  /** Calendar dates, `YYYY-MM-DD`. */
  readonly startsOn: string | null;
  readonly applyBy: string | null;
  readonly childcare: boolean;
  readonly transport: boolean;
  readonly stipend: boolean;
  readonly stage: OpportunityStage;
  /** False once the offer closed or filled up: she can no longer say yes. */
  readonly open: boolean;
}

/** Her answer: yes (and pass my request on, or call me first), or no thank you. */
export interface OpportunityAnswer {
  readonly interested: boolean;
  readonly shareWithProvider: boolean;
}

export interface RequestView {
  readonly trackingCode: string;
  readonly kind: string;
  readonly status: RequestStatus;
  readonly statusSince: string;
  /** Steps reached, oldest first, in plain words (never which service). */
  readonly progress: readonly { readonly step: FollowStep; readonly at: string }[];
  readonly messages: readonly ThreadMessage[];
  /** Opportunities proposed to her, oldest first. */
  readonly opportunities: readonly SurvivorOpportunity[];
}

/** One field the server refused, with its message already in her language. */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

export interface ErrorEnvelope {
  readonly code: string;
  readonly message: string;
  readonly fields?: readonly FieldProblem[];
}

/** Which outbox an offline submission goes to. */
export type Submission =
  | { readonly endpoint: 'reports'; readonly body: ReportBody }
  | { readonly endpoint: 'support-requests'; readonly body: SupportBody };
