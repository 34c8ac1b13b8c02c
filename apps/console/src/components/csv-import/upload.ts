import type { ImportRowError, InstitutionImport } from '../../api/admin.ts';
import { ApiError, parseErrorEnvelope, type ApiClient } from '../../api/client.ts';

/** An import as the server reports it, whichever catalogue it fills (same shape for all). */
export type CsvImport = InstitutionImport;
export type { ImportRowError };

/** The largest file the server accepts. */
export { IMPORT_MAX_BYTES } from '../../api/admin.ts';

/**
 * Uploads a CSV file's text to an import route. The shared client only sends JSON, so this one
 * request is made directly, with the session's CSRF token read from `/auth/me` (the server
 * answers in the console's language, and with the same error envelope).
 */
export async function uploadCsv(
  api: ApiClient,
  path: string,
  csv: string,
  locale: string,
): Promise<CsvImport> {
  const { csrfToken } = await api.get<{ csrfToken: string }>('/auth/me');
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method: 'POST',
      headers: {
        accept: 'application/json',
        'accept-language': locale,
        'content-type': 'text/csv; charset=utf-8',
        'x-csrf-token': csrfToken,
      },
      credentials: 'same-origin',
      body: csv,
    });
  } catch {
    throw new ApiError({ status: 0, code: 'network_error' });
  }
  const parsed: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw parseErrorEnvelope(response.status, parsed);
  return (parsed as { import: CsvImport }).import;
}

/** An import's progress (its refused rows once it has finished). */
export async function readCsvImport(
  api: ApiClient,
  path: string,
  id: string,
  signal?: AbortSignal,
): Promise<CsvImport> {
  const { import: found } = await api.get<{ import: CsvImport }>(
    `${path}/${encodeURIComponent(id)}`,
    { signal },
  );
  return found;
}
