import type { Locale, OpportunityKind, SchoolingLevel } from '@sanad/core';
import type { ApiClient } from '../../api/client.ts';
import { readCsvImport, uploadCsv, type CsvImport } from '../../components/csv-import/upload.ts';

// The catalogue of opportunities as the API documents it (`/api/v1/opportunities`).

export type OpportunityStatus = 'open' | 'full' | 'expired' | 'closed';
export type ClosingReason = 'filled' | 'cancelled' | 'postponed' | 'other';

export interface OpportunityEligibility {
  readonly minAge: number | null;
  readonly maxAge: number | null;
  readonly schoolingLevel: SchoolingLevel | null;
  readonly literacyRequired: boolean;
  readonly prerequisites: string;
}

export interface OpportunityConditions {
  readonly childcare: boolean;
  readonly transport: boolean;
  readonly stipend: boolean;
}

export interface OpportunityContact {
  readonly phone?: string;
  readonly email?: string;
  readonly address?: string;
}

/** What the form sends, for a new offer and (with its version) an edit. */
export interface OpportunityInput {
  readonly code: string | null;
  readonly kind: OpportunityKind;
  readonly title: string;
  readonly description: string;
  readonly regionCode: string | null;
  readonly provinceCodes: readonly string[];
  readonly remote: boolean;
  readonly applyBy: string | null;
  readonly startsOn: string | null;
  readonly endsOn: string | null;
  readonly placesTotal: number | null;
  readonly eligibility: OpportunityEligibility;
  readonly conditions: OpportunityConditions;
  readonly languages: readonly Locale[];
  readonly contact: OpportunityContact;
}

export interface Opportunity extends OpportunityInput {
  readonly id: string;
  readonly provider: { readonly id: string; readonly name: string };
  readonly placesLeft: number | null;
  readonly status: OpportunityStatus;
  readonly closedReason: ClosingReason | null;
  readonly version: number;
  readonly updatedAt: string;
  readonly abilities: { readonly canManage: boolean };
}

export interface OpportunityQuery {
  readonly kind: OpportunityKind | '';
  readonly provinceCode: string;
  readonly status: OpportunityStatus | 'all';
  readonly offset: number;
}

export interface OpportunityPage {
  readonly opportunities: readonly Opportunity[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

/** Offers per page of the list. */
export const PAGE_SIZE = 25;

export function listOpportunities(
  api: ApiClient,
  query: OpportunityQuery,
  signal?: AbortSignal,
): Promise<OpportunityPage> {
  const params = new URLSearchParams({
    status: query.status,
    limit: String(PAGE_SIZE),
    offset: String(query.offset),
  });
  if (query.kind !== '') params.set('kind', query.kind);
  if (query.provinceCode !== '') params.set('provinceCode', query.provinceCode);
  return api.get<OpportunityPage>(`/opportunities?${params.toString()}`, { signal });
}

export async function createOpportunity(
  api: ApiClient,
  input: OpportunityInput & { readonly providerId?: string },
): Promise<Opportunity> {
  const { opportunity } = await api.post<{ opportunity: Opportunity }>('/opportunities', {
    body: input,
  });
  return opportunity;
}

export async function updateOpportunity(
  api: ApiClient,
  id: string,
  input: OpportunityInput & { readonly version: number },
): Promise<Opportunity> {
  const { opportunity } = await api.put<{ opportunity: Opportunity }>(
    `/opportunities/${encodeURIComponent(id)}`,
    { body: input },
  );
  return opportunity;
}

export async function closeOpportunity(
  api: ApiClient,
  id: string,
  body: { readonly version: number; readonly reason?: ClosingReason },
): Promise<Opportunity> {
  const { opportunity } = await api.post<{ opportunity: Opportunity }>(
    `/opportunities/${encodeURIComponent(id)}/close`,
    { body },
  );
  return opportunity;
}

const IMPORTS = '/opportunities/imports';

export const startOpportunityImport = (api: ApiClient, csv: string, locale: string) =>
  uploadCsv(api, IMPORTS, csv, locale);

export const readOpportunityImport = (
  api: ApiClient,
  id: string,
  signal?: AbortSignal,
): Promise<CsvImport> => readCsvImport(api, IMPORTS, id, signal);

/** A provider a manager may name: an institution of the network offering economic support. */
export interface ProviderChoice {
  readonly id: string;
  readonly name: string;
}

export async function listProviders(
  api: ApiClient,
  signal?: AbortSignal,
): Promise<ProviderChoice[]> {
  const { institutions } = await api.get<{ institutions: ProviderChoice[] }>(
    '/directory/institutions?service=economic_support',
    { signal },
  );
  return institutions.map(({ id, name }) => ({ id, name }));
}
