import type { AreaType } from '@sanad/core';
import { readCsvImport, uploadCsv } from '../components/csv-import/upload.ts';
import type { ApiClient } from './client.ts';
import type {
  CreateUserInput,
  InstitutionInput,
  InstitutionUpdate,
  InstitutionView,
  StaffUserView,
  UpdateUserInput,
} from './types.ts';

// Administration endpoints. Every answer carries the viewer's abilities per record; pages show
// or hide actions from those, never from the role.

export async function listUsers(api: ApiClient, signal?: AbortSignal): Promise<StaffUserView[]> {
  const { users } = await api.get<{ users: StaffUserView[] }>('/admin/users', { signal });
  return users;
}

export function createUser(
  api: ApiClient,
  input: CreateUserInput,
): Promise<{ user: StaffUserView; temporaryPassword: string }> {
  return api.post('/admin/users', { body: input });
}

export async function updateUser(
  api: ApiClient,
  id: string,
  changes: UpdateUserInput,
): Promise<StaffUserView> {
  const { user } = await api.patch<{ user: StaffUserView }>(
    `/admin/users/${encodeURIComponent(id)}`,
    { body: changes },
  );
  return user;
}

/** New temporary password; the server also clears the second factor and ends all sessions. */
export async function resetUser(api: ApiClient, id: string): Promise<string> {
  const { temporaryPassword } = await api.post<{ temporaryPassword: string }>(
    `/admin/users/${encodeURIComponent(id)}/reset`,
    { body: {} },
  );
  return temporaryPassword;
}

/** A person to call at an institution: its own staff, never a survivor. */
export interface FocalPoint {
  readonly name: string;
  readonly role: string;
  readonly phone?: string;
  readonly email?: string;
}

/**
 * Opening hours as stored, in the shapes `@sanad/core`'s `parseOpeningHours` reads: the same
 * hours on several days (`{ days: 'mon-fri', weekdays: '08:30-16:30' }`) or per day
 * (`{ week: { mon: '08:30-16:30', sat: '09:00-12:00' } }`).
 */
export interface OpeningHours {
  readonly days?: string;
  readonly weekdays?: string;
  readonly hours?: string;
  readonly week?: Readonly<Partial<Record<string, string | readonly string[]>>>;
}

/** An institution as the administration API presents it, directory fields included. */
export interface InstitutionRecord extends InstitutionView {
  /** The official code, if it has one; the CSV import updates by it. */
  readonly code?: string;
  readonly areaTypes: readonly AreaType[];
  /** Absent when not given (24/7 institutions need none). */
  readonly openingHours?: OpeningHours;
  readonly capacityUpdatedAt?: string;
  readonly focalPoints: readonly FocalPoint[];
  /** Moves on with every change an administrator makes; an edit sends back the one it read. */
  readonly version: number;
}

export interface InstitutionRecordInput extends InstitutionInput {
  readonly code?: string;
  readonly areaTypes: readonly AreaType[];
  /** `null`: hours not known, or not needed (open 24/7). */
  readonly openingHours: OpeningHours | null;
  readonly focalPoints: readonly FocalPoint[];
}

/**
 * Changes to an institution: only the fields that change, and the version they were made from
 * (the server answers 409 `stale_version` when someone changed it since). `null` clears the
 * code, the seat province, the capacity or the hours.
 */
export type InstitutionRecordUpdate = InstitutionUpdate &
  Partial<Omit<InstitutionRecordInput, keyof InstitutionInput | 'code' | 'openingHours'>> & {
    readonly version: number;
    readonly code?: string | null;
    readonly openingHours?: OpeningHours | null;
  };

export async function listInstitutions(
  api: ApiClient,
  signal?: AbortSignal,
): Promise<InstitutionRecord[]> {
  const { institutions } = await api.get<{ institutions: InstitutionRecord[] }>(
    '/admin/institutions',
    { signal },
  );
  return institutions;
}

export async function createInstitution(
  api: ApiClient,
  input: InstitutionRecordInput,
): Promise<InstitutionRecord> {
  const { institution } = await api.post<{ institution: InstitutionRecord }>(
    '/admin/institutions',
    { body: input },
  );
  return institution;
}

export async function updateInstitution(
  api: ApiClient,
  id: string,
  changes: InstitutionRecordUpdate,
): Promise<InstitutionRecord> {
  const { institution } = await api.patch<{ institution: InstitutionRecord }>(
    `/admin/institutions/${encodeURIComponent(id)}`,
    { body: changes },
  );
  return institution;
}

/** One refused row of an import: the row as a spreadsheet numbers it, its column, the issue. */
export interface ImportRowError {
  readonly row: number;
  /** The column's header name, or `*` for the row as a whole. */
  readonly field: string;
  readonly issue: string;
}

export interface InstitutionImport {
  readonly id: string;
  readonly state: 'pending' | 'running' | 'done' | 'failed';
  readonly total: number;
  readonly processed: number;
  readonly imported: number;
  readonly updated: number;
  /**
   * The refused cells: in the upload's answer, and once the import has finished. Progress
   * reads while it runs leave them out.
   */
  readonly errors?: readonly ImportRowError[];
  readonly createdAt: string;
  readonly finishedAt: string | null;
}

/** The largest file the server accepts. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

/** Uploads a directory CSV (through the catalogues' shared upload). */
export function startInstitutionImport(
  api: ApiClient,
  csv: string,
  locale: string,
): Promise<InstitutionImport> {
  return uploadCsv(api, '/admin/institutions/imports', csv, locale);
}

export function getInstitutionImport(
  api: ApiClient,
  id: string,
  signal?: AbortSignal,
): Promise<InstitutionImport> {
  return readCsvImport(api, '/admin/institutions/imports', id, signal);
}
