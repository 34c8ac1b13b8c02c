import type { ServiceType } from '@sanad/core';
import { ApiError, type ApiClient } from './client.ts';
import type {
  CreateReferralInput,
  DirectoryEntry,
  InboxAnswer,
  InboxView,
  ProposalsAnswer,
  ReferralView,
  RequestCreated,
  RequestInput,
  RequestSummary,
  SendReferralInput,
  ServiceRecordInput,
  TransitionInput,
} from './referral-types.ts';

// Referrals (issue #6). Every change answers the whole new ReferralView, so the screens show
// exactly what the server holds. Changes carry the `version` that was read: a referral changed
// meanwhile is refused with 409 `stale_version` (see `isStaleVersion` in `conflicts.ts`).

const casePath = (caseId: string, rest: string) => `/cases/${encodeURIComponent(caseId)}${rest}`;
const referralPath = (id: string, rest = '') => `/referrals/${encodeURIComponent(id)}${rest}`;

/** Ranked proposals; without `services` the server reads her needs from the case. */
export function loadProposals(
  api: ApiClient,
  caseId: string,
  services: readonly ServiceType[] | undefined,
  signal?: AbortSignal,
): Promise<ProposalsAnswer> {
  const query =
    services === undefined || services.length === 0
      ? ''
      : `?services=${services.map(encodeURIComponent).join(',')}`;
  return api.get<ProposalsAnswer>(casePath(caseId, `/referral-proposals${query}`), { signal });
}

/** A case's referrals, newest first. */
export async function loadCaseReferrals(
  api: ApiClient,
  caseId: string,
  signal?: AbortSignal,
): Promise<readonly ReferralView[]> {
  const { referrals } = await api.get<{ referrals: ReferralView[] }>(
    casePath(caseId, '/referrals'),
    { signal },
  );
  return referrals;
}

/** Creates (and by default sends) a referral. 409 `consent_required` without her consent. */
export async function createReferral(
  api: ApiClient,
  caseId: string,
  input: CreateReferralInput,
): Promise<ReferralView> {
  const { referral } = await api.post<{ referral: ReferralView }>(casePath(caseId, '/referrals'), {
    body: input,
  });
  return referral;
}

export async function sendReferral(
  api: ApiClient,
  referralId: string,
  input: SendReferralInput,
): Promise<ReferralView> {
  const { referral } = await api.post<{ referral: ReferralView }>(
    referralPath(referralId, '/send'),
    { body: input },
  );
  return referral;
}

/** One step of the lifecycle, taken by the caller's side (`allowedTransitions`). */
export async function transitionReferral(
  api: ApiClient,
  referralId: string,
  input: TransitionInput,
): Promise<ReferralView> {
  const { referral } = await api.post<{ referral: ReferralView }>(
    referralPath(referralId, '/transitions'),
    { body: input },
  );
  return referral;
}

export async function loadReferral(
  api: ApiClient,
  referralId: string,
  signal?: AbortSignal,
): Promise<ReferralView> {
  const { referral } = await api.get<{ referral: ReferralView }>(referralPath(referralId), {
    signal,
  });
  return referral;
}

/** A service the receiving institution delivered; on an accepted referral it also starts it. */
export async function recordReferralService(
  api: ApiClient,
  referralId: string,
  input: ServiceRecordInput,
): Promise<ReferralView> {
  const { referral } = await api.post<{ referral: ReferralView }>(
    referralPath(referralId, '/services'),
    { body: input },
  );
  return referral;
}

/** The receiving institution's inbox: open (oldest deadline first), closed (newest first). */
export function loadInbox(
  api: ApiClient,
  view: InboxView,
  signal?: AbortSignal,
): Promise<InboxAnswer> {
  return api.get<InboxAnswer>(`/institution/referrals?view=${view}`, { signal });
}

/** The institution's own free beds, kept current by its staff. */
export async function updateCapacity(
  api: ApiClient,
  capacityFree: number,
): Promise<DirectoryEntry> {
  const { institution } = await api.put<{ institution: DirectoryEntry }>('/institution/capacity', {
    body: { capacityFree },
  });
  return institution;
}

/** A competent body registers a woman it is seeing; it then refers her as the helpline does. */
export function createRequest(api: ApiClient, input: RequestInput): Promise<RequestCreated> {
  return api.post<RequestCreated>('/institution/requests', { body: input });
}

export async function loadRequests(
  api: ApiClient,
  signal?: AbortSignal,
): Promise<readonly RequestSummary[]> {
  const { requests } = await api.get<{ requests: RequestSummary[] }>('/institution/requests', {
    signal,
  });
  return requests;
}

/** A 409 `consent_required`: she has not agreed to share with that institution. */
export function isConsentRequired(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'consent_required';
}
