import { ApiError, type ApiClient } from '../../api/client.ts';
import type {
  EnrolmentView,
  MatchesView,
  OutcomeInput,
  ProfileInput,
  ProfileView,
  StepInput,
} from '../../api/pathway-types.ts';

// The economic pathway's calls (issue #7). Every change answers the whole new enrolment, so the
// screens show exactly what the server holds; changes carry the `version` read, and a record
// changed meanwhile is refused with 409 `stale_version`.

const casePath = (caseId: string, rest: string) => `/cases/${encodeURIComponent(caseId)}${rest}`;
const enrolmentPath = (id: string, rest = '') => `/enrolments/${encodeURIComponent(id)}${rest}`;

export function loadProfile(
  api: ApiClient,
  caseId: string,
  signal?: AbortSignal,
): Promise<ProfileView> {
  return api.get<ProfileView>(casePath(caseId, '/economic-profile'), { signal });
}

export function saveProfile(
  api: ApiClient,
  caseId: string,
  input: ProfileInput,
): Promise<ProfileView> {
  return api.put<ProfileView>(casePath(caseId, '/economic-profile'), { body: input });
}

export function loadMatches(
  api: ApiClient,
  caseId: string,
  signal?: AbortSignal,
): Promise<MatchesView> {
  return api.get<MatchesView>(casePath(caseId, '/opportunity-matches'), { signal });
}

export async function loadCaseEnrolments(
  api: ApiClient,
  caseId: string,
  signal?: AbortSignal,
): Promise<readonly EnrolmentView[]> {
  const { enrolments } = await api.get<{ enrolments: EnrolmentView[] }>(
    casePath(caseId, '/enrolments'),
    { signal },
  );
  return enrolments;
}

/** Proposes an opportunity to her: she sees it in "follow my request". */
export async function proposeOpportunity(
  api: ApiClient,
  caseId: string,
  opportunityId: string,
): Promise<EnrolmentView> {
  const { enrolment } = await api.post<{ enrolment: EnrolmentView }>(
    casePath(caseId, '/enrolments'),
    { body: { opportunityId } },
  );
  return enrolment;
}

export async function stepEnrolment(
  api: ApiClient,
  enrolmentId: string,
  input: StepInput,
): Promise<EnrolmentView> {
  const { enrolment } = await api.post<{ enrolment: EnrolmentView }>(
    enrolmentPath(enrolmentId, '/steps'),
    { body: input },
  );
  return enrolment;
}

export async function recordOutcome(
  api: ApiClient,
  enrolmentId: string,
  input: OutcomeInput,
): Promise<EnrolmentView> {
  const { enrolment } = await api.post<{ enrolment: EnrolmentView }>(
    enrolmentPath(enrolmentId, '/outcome'),
    { body: input },
  );
  return enrolment;
}

/** The opportunity a referral is about, or null for a referral of another kind. */
export async function loadReferralEnrolment(
  api: ApiClient,
  referralId: string,
  signal?: AbortSignal,
): Promise<EnrolmentView | null> {
  const { enrolment } = await api.get<{ enrolment: EnrolmentView | null }>(
    `/referrals/${encodeURIComponent(referralId)}/enrolment`,
    { signal },
  );
  return enrolment;
}

/** The provider's candidates: women referred to one of its opportunities. */
export async function loadCandidates(
  api: ApiClient,
  view: 'open' | 'closed',
  signal?: AbortSignal,
): Promise<readonly EnrolmentView[]> {
  const { enrolments } = await api.get<{ enrolments: EnrolmentView[] }>(
    `/institution/enrolments?view=${view}`,
    { signal },
  );
  return enrolments;
}

/** Referring without her consent on record: the dialog offers "she agrees now". */
export function isConsentRequired(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'consent_required';
}
