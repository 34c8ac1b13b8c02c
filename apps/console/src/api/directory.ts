import type { InstitutionType } from '@sanad/core';
import type { ApiClient } from './client.ts';

/** An institution of the network as a picker needs it (the directory's public fields). */
export interface DirectoryInstitution {
  readonly id: string;
  readonly name: string;
  readonly type: InstitutionType;
  readonly regionCode: string;
  readonly provinceCode: string | null;
}

/**
 * Active institutions of the network, those serving `regionCode` when given: for naming the
 * institution a sharing consent is about. Anyone who works cases may read the directory.
 */
export async function loadDirectory(
  api: ApiClient,
  regionCode: string | null,
  signal?: AbortSignal,
): Promise<DirectoryInstitution[]> {
  const query = regionCode === null ? '' : `?regionCode=${encodeURIComponent(regionCode)}`;
  const { institutions } = await api.get<{ institutions: DirectoryInstitution[] }>(
    `/directory/institutions${query}`,
    { signal },
  );
  return institutions;
}
