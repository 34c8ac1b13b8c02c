import type { ApiClient } from './client.ts';
import type { ClaimResult, QueueHealth, QueueSnapshot, ReleaseResult } from './queue-types.ts';

// The triage queue: list, claim, release, reassign, and the supervisor's view of its health.

const casePath = (caseId: string, action: string) =>
  `/cases/${encodeURIComponent(caseId)}/${action}`;

export function loadQueue(api: ApiClient, signal?: AbortSignal): Promise<QueueSnapshot> {
  return api.get<QueueSnapshot>('/queue', { signal });
}

/** Takes a case. A 409 `already_claimed` names who won (see `claimWinnerOf`). */
export function claimCase(api: ApiClient, caseId: string): Promise<ClaimResult> {
  return api.post<ClaimResult>(casePath(caseId, 'claim'), { body: {} });
}

export function releaseCase(api: ApiClient, caseId: string): Promise<ReleaseResult> {
  return api.post<ReleaseResult>(casePath(caseId, 'release'), { body: {} });
}

export function reassignCase(
  api: ApiClient,
  caseId: string,
  staffId: string,
): Promise<ClaimResult> {
  return api.post<ClaimResult>(casePath(caseId, 'reassign'), { body: { staffId } });
}

export function loadQueueHealth(api: ApiClient, signal?: AbortSignal): Promise<QueueHealth> {
  return api.get<QueueHealth>('/queue/health', { signal });
}
