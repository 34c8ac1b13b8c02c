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

export async function listInstitutions(
  api: ApiClient,
  signal?: AbortSignal,
): Promise<InstitutionView[]> {
  const { institutions } = await api.get<{ institutions: InstitutionView[] }>(
    '/admin/institutions',
    { signal },
  );
  return institutions;
}

export async function createInstitution(
  api: ApiClient,
  input: InstitutionInput,
): Promise<InstitutionView> {
  const { institution } = await api.post<{ institution: InstitutionView }>('/admin/institutions', {
    body: input,
  });
  return institution;
}

export async function updateInstitution(
  api: ApiClient,
  id: string,
  changes: InstitutionUpdate,
): Promise<InstitutionView> {
  const { institution } = await api.patch<{ institution: InstitutionView }>(
    `/admin/institutions/${encodeURIComponent(id)}`,
    { body: changes },
  );
  return institution;
}
