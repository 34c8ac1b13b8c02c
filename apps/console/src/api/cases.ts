import type {
  CaseChanges,
  CaseSearchCriteria,
  CaseSearchHit,
  CaseView,
  ConsentInput,
  FollowUpInput,
  IncidentInput,
  MessageTemplate,
  RiskAssessmentInput,
  StatusChange,
} from './case-types.ts';
import type { ApiClient } from './client.ts';

// The case file. Every change answers the whole new CaseView, so the page shows exactly what
// the server holds. Changes to the case itself (its fields, status, risk level) carry the
// `version` the listener was looking at: when someone else changed the case meanwhile, the
// server answers 409 `stale_version` (see `isStaleVersion`). Records added to it (incidents,
// consents, follow-ups, messages) cannot overwrite anyone's work and carry no version; their
// functions take it anyway, so every write of the case page has the same shape.

const casePath = (caseId: string, rest = '') => `/cases/${encodeURIComponent(caseId)}${rest}`;

export function loadCase(api: ApiClient, caseId: string, signal?: AbortSignal): Promise<CaseView> {
  return api.get<CaseView>(casePath(caseId), { signal });
}

export function updateCase(
  api: ApiClient,
  caseId: string,
  version: number,
  changes: CaseChanges,
): Promise<CaseView> {
  return api.patch<CaseView>(casePath(caseId), { body: { version, ...changes } });
}

export function changeStatus(
  api: ApiClient,
  caseId: string,
  version: number,
  change: StatusChange,
): Promise<CaseView> {
  return api.post<CaseView>(casePath(caseId, '/status'), { body: { version, ...change } });
}

export function recordIncident(
  api: ApiClient,
  caseId: string,
  _version: number,
  incident: IncidentInput,
): Promise<CaseView> {
  return api.post<CaseView>(casePath(caseId, '/incidents'), { body: incident });
}

export function recordRiskAssessment(
  api: ApiClient,
  caseId: string,
  version: number,
  assessment: RiskAssessmentInput,
): Promise<CaseView> {
  return api.post<CaseView>(casePath(caseId, '/risk-assessments'), {
    body: { version, ...assessment },
  });
}

export function recordConsent(
  api: ApiClient,
  caseId: string,
  _version: number,
  consent: ConsentInput,
): Promise<CaseView> {
  return api.post<CaseView>(casePath(caseId, '/consents'), { body: consent });
}

export function withdrawConsent(
  api: ApiClient,
  caseId: string,
  _version: number,
  consentId: string,
): Promise<CaseView> {
  return api.post<CaseView>(
    casePath(caseId, `/consents/${encodeURIComponent(consentId)}/withdraw`),
    { body: {} },
  );
}

export function addFollowUp(
  api: ApiClient,
  caseId: string,
  _version: number,
  followUp: FollowUpInput,
): Promise<CaseView> {
  return api.post<CaseView>(casePath(caseId, '/follow-ups'), { body: followUp });
}

export function markFollowUpDone(
  api: ApiClient,
  caseId: string,
  _version: number,
  followUpId: string,
): Promise<CaseView> {
  return api.post<CaseView>(
    casePath(caseId, `/follow-ups/${encodeURIComponent(followUpId)}/done`),
    { body: {} },
  );
}

export function sendMessage(
  api: ApiClient,
  caseId: string,
  _version: number,
  body: string,
): Promise<CaseView> {
  return api.post<CaseView>(casePath(caseId, '/messages'), { body: { body } });
}

export async function loadMessageTemplates(
  api: ApiClient,
  signal?: AbortSignal,
): Promise<readonly MessageTemplate[]> {
  const { templates } = await api.get<{ templates: MessageTemplate[] }>('/message-templates', {
    signal,
  });
  return templates;
}

export async function searchCases(
  api: ApiClient,
  criteria: CaseSearchCriteria,
  signal?: AbortSignal,
): Promise<readonly CaseSearchHit[]> {
  const { items } = await api.post<{ items: CaseSearchHit[] }>('/cases/search', {
    body: criteria,
    signal,
  });
  return items;
}
