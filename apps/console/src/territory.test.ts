import { describe, expect, it } from 'vitest';
import { countTerritory, loadTerritory, TerritoryUnavailable } from './territory.ts';

const name = { ar: 'ا', fr: 'a', zgh: 'ⴰ', en: 'a' };
const body = {
  regions: [
    {
      code: '01',
      iso: 'MA-01',
      name,
      provinces: [{ code: '011', iso: 'MA-TNG', kind: 'prefecture', name }],
    },
    { code: '02', iso: 'MA-02', name, provinces: [] },
  ],
};

function answering(response: Response | Error): typeof fetch {
  return () => (response instanceof Error ? Promise.reject(response) : Promise.resolve(response));
}

describe('countTerritory', () => {
  it('counts regions and their prefectures and provinces', () => {
    expect(countTerritory(body)).toEqual({ regions: 2, provinces: 1 });
  });

  it.each([null, {}, { regions: 'x' }, { regions: [{ code: '01' }] }])(
    'rejects an unexpected shape: %j',
    (bad) => {
      expect(() => countTerritory(bad)).toThrow(TerritoryUnavailable);
    },
  );
});

describe('loadTerritory', () => {
  it('reads the counts from a good answer', async () => {
    const counts = await loadTerritory(answering(Response.json(body)));
    expect(counts).toEqual({ regions: 2, provinces: 1 });
  });

  it.each([
    ['a server error', new Response('oops', { status: 503 })],
    ['a body that is not JSON', new Response('<html>', { status: 200 })],
    ['a network failure', new TypeError('fetch failed')],
  ])('turns %s into TerritoryUnavailable', async (_what, outcome) => {
    await expect(loadTerritory(answering(outcome))).rejects.toBeInstanceOf(TerritoryUnavailable);
  });
});
