import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import type { RegionsResponse } from './schemas.ts';
import { syncTerritory } from './sync.ts';

describeEachEngine('GET /api/v1/territory/regions', (database) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(database());
  });
  afterAll(async () => {
    await app.close();
  });

  it('returns the 12 regions with their 75 prefectures and provinces, in four languages', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/territory/regions' });
    expect(response.statusCode).toBe(200);
    const { regions } = response.json<RegionsResponse>();
    expect(regions).toHaveLength(12);
    expect(regions.flatMap((r) => r.provinces)).toHaveLength(75);
    expect(regions.map((r) => r.code)).toEqual([
      '01',
      '02',
      '03',
      '04',
      '05',
      '06',
      '07',
      '08',
      '09',
      '10',
      '11',
      '12',
    ]);
    const souss = regions.find((r) => r.code === '09');
    expect(souss?.iso).toBe('MA-09');
    const taroudannt = souss?.provinces.find((p) => p.code === '541');
    expect(taroudannt).toMatchObject({
      iso: 'MA-TAR',
      kind: 'province',
      name: { fr: 'Taroudannt', ar: 'تارودانت' },
    });
    expect(taroudannt?.name.zgh).toMatch(/\p{Script=Tifinagh}/u);
    expect(taroudannt?.name.en.length).toBeGreaterThan(0);
    expect(regions.flatMap((r) => r.provinces).filter((p) => p.kind === 'prefecture')).toHaveLength(
      13,
    );
  });

  it('is public and cacheable reference data', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/territory/regions' });
    expect(response.headers['cache-control']).toBe('public, max-age=3600');
  });

  it('stays the same when the territory is synced again (idempotent start-up)', async () => {
    await syncTerritory(database().db);
    const response = await app.inject({ method: 'GET', url: '/api/v1/territory/regions' });
    expect(response.json<RegionsResponse>().regions.flatMap((r) => r.provinces)).toHaveLength(75);
  });
});

describeEachEngine('GET /api/v1/territory/regions revalidation', (database) => {
  it('answers 304 to a matching If-None-Match', async () => {
    const app = await buildTestApp(database());
    try {
      const first = await app.inject({ method: 'GET', url: '/api/v1/territory/regions' });
      const etag = first.headers.etag;
      expect(etag).toMatch(/^"[\w-]+"$/);
      const again = await app.inject({
        method: 'GET',
        url: '/api/v1/territory/regions',
        headers: { 'if-none-match': String(etag) },
      });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
    } finally {
      await app.close();
    }
  });
});
