import type {
  AreaType,
  CallOutcome,
  CaseStatus,
  ContactChannel,
  ContactType,
  UrgencyLevel,
} from '@sanad/core';
import type { ContactDirection, ContactView } from './case-types.ts';
import type { CaseKind } from './queue-types.ts';

// Logging a call, and the earlier contacts of the same number (found through the phone's
// blind index on the server: the number never travels in a URL).

/** An earlier contact of the same number; case fields are null for a contact without case. */
export interface EarlierContact {
  readonly contactId: string;
  readonly occurredAt: string;
  readonly channel: ContactChannel;
  readonly type: ContactType;
  readonly direction: ContactDirection;
  readonly outcome: CallOutcome | null;
  readonly caseId: string | null;
  readonly caseReference: string | null;
  readonly caseStatus: CaseStatus | null;
  readonly urgency: UrgencyLevel | null;
}

export interface NewCaseInput {
  readonly kind: CaseKind;
  readonly urgency: UrgencyLevel;
  readonly provinceCode?: string;
  readonly areaType?: AreaType;
}

export interface LogContactInput {
  readonly direction: ContactDirection;
  readonly channel: ContactChannel;
  readonly type: ContactType;
  readonly phone?: string;
  /** For a call written down after the fact; never in the future. */
  readonly occurredAt?: string;
  readonly durationSeconds?: number;
  readonly notes?: string;
  readonly outcome?: CallOutcome;
  /** Attach to an existing case … */
  readonly caseId?: string;
  /** … or open a new one, claimed by the listener. */
  readonly openCase?: NewCaseInput;
  readonly onBehalfOfInstitutionId?: string;
}

export interface LoggedContact {
  readonly contact: ContactView;
  readonly case: { readonly caseId: string; readonly reference: string } | null;
}
