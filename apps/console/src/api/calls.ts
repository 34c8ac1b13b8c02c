import type { EarlierContact, LogContactInput, LoggedContact } from './call-types.ts';
import type { ApiClient } from './client.ts';

/** Earlier contacts of a number, newest first. POST, so the number never sits in a URL. */
export async function lookUpEarlierContacts(
  api: ApiClient,
  phone: string,
  signal?: AbortSignal,
): Promise<readonly EarlierContact[]> {
  const { earlier } = await api.post<{ earlier: EarlierContact[] }>('/contacts/lookup', {
    body: { phone },
    signal,
  });
  return earlier;
}

/** Logs a call (or walk-in, …), attached to a case, opening one, or on its own. */
export function logContact(api: ApiClient, input: LogContactInput): Promise<LoggedContact> {
  return api.post<LoggedContact>('/contacts', { body: input });
}
