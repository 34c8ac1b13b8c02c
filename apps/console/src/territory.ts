/** The counts the console's status line shows. */
export interface TerritoryCounts {
  readonly regions: number;
  readonly provinces: number;
}

/** The territory could not be read: network down, server error, or an unexpected answer. */
export class TerritoryUnavailable extends Error {
  constructor(reason: string) {
    super(`territory unavailable: ${reason}`);
    this.name = 'TerritoryUnavailable';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Counts regions and prefectures/provinces in a `GET /api/v1/territory/regions` body
 * (`{ regions: [{ code, provinces: [...] }] }`). Checks the shape it relies on, so a changed
 * contract shows as an error rather than as "0 regions".
 */
export function countTerritory(body: unknown): TerritoryCounts {
  if (!isRecord(body) || !Array.isArray(body['regions'])) {
    throw new TerritoryUnavailable('the answer has no regions list');
  }
  let provinces = 0;
  for (const region of body['regions'] as unknown[]) {
    if (!isRecord(region) || !Array.isArray(region['provinces'])) {
      throw new TerritoryUnavailable('a region has no provinces list');
    }
    provinces += region['provinces'].length;
  }
  return { regions: body['regions'].length, provinces };
}

export const TERRITORY_URL = '/api/v1/territory/regions';

/** Fetches the territory and counts it; every failure becomes `TerritoryUnavailable`. */
export async function loadTerritory(
  fetchFn: typeof fetch,
  signal?: AbortSignal,
): Promise<TerritoryCounts> {
  let response: Response;
  try {
    response = await fetchFn(TERRITORY_URL, {
      headers: { accept: 'application/json' },
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new TerritoryUnavailable('network error');
  }
  if (!response.ok) throw new TerritoryUnavailable(`HTTP ${response.status}`);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new TerritoryUnavailable('the answer is not JSON');
  }
  return countTerritory(body);
}
