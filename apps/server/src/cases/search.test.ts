import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditEvents, cases } from '../db/schema/index.ts';
import { buildTestApp, LogCapture } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import { as, type StaffClient } from '../testing/staff-session.ts';
import type { SearchResult } from './search.ts';
import { fileReport } from './test-support.ts';

describeEachEngine('case search', (database) => {
  let app: FastifyInstance;
  const logs = new LogCapture();
  let casablanca: { caseId: string; trackingCode: string };
  let agadir: { caseId: string; trackingCode: string };
  beforeAll(async () => {
    app = await buildTestApp(database(), { logs });
    casablanca = await fileReport(app, database().db, {
      contact: { phone: '0661 22 33 44', method: 'call' },
    });
    agadir = await fileReport(app, database().db, {
      provinceCode: '001',
      contact: { phone: '+212 661 223 344', method: 'sms' },
    });
  });
  afterAll(async () => {
    await app.close();
  });
  const db = () => database().db;
  const search = async (client: StaffClient, body: Record<string, unknown>) => {
    const response = await client.request('POST', '/api/v1/cases/search', body);
    expect(response.statusCode).toBe(200);
    return response.json<SearchResult>().items.map((item) => item.caseId);
  };

  it('finds a case by tracking code however she typed it, and by reference', async () => {
    const listener = await as(app, db(), 'listener');
    const typed = casablanca.trackingCode.toLowerCase().replace('-', ' ');
    expect(await search(listener, { trackingCode: typed })).toEqual([casablanca.caseId]);
    expect(await search(listener, { trackingCode: 'not a code' })).toEqual([]);
    const [row] = await db().select().from(cases).where(eq(cases.id, agadir.caseId));
    expect(await search(listener, { reference: row?.reference.toLowerCase() })).toEqual([
      agadir.caseId,
    ]);
  });

  it('finds her cases by phone through the blind index, however the number is spelt', async () => {
    const listener = await as(app, db(), 'listener');
    const found = await search(listener, { phone: '06 61 22 33 44' });
    expect(found.sort()).toEqual([casablanca.caseId, agadir.caseId].sort());
    const refused = await listener.request('POST', '/api/v1/cases/search', { phone: '8350' });
    expect(refused.json()).toMatchObject({
      error: { fields: [{ field: 'body.phone', issue: 'invalid_format' }] },
    });
  });

  it('never finds a case outside the searcher’s territory; national staff find both', async () => {
    const regional = await as(app, db(), 'listener', { scopeLevel: 'region', scopeRegion: '06' });
    expect(await search(regional, { phone: '0661223344' })).toEqual([casablanca.caseId]);
    expect(await search(regional, { trackingCode: agadir.trackingCode })).toEqual([]);
    const all = await search(regional, { limit: 100 });
    expect(all).toContain(casablanca.caseId);
    expect(all).not.toContain(agadir.caseId);
    const national = await as(app, db(), 'supervisor');
    expect(await search(national, { urgency: 'high', limit: 100 })).toEqual(
      expect.arrayContaining([casablanca.caseId, agadir.caseId]),
    );
    expect(await search(national, { provinceCode: '001' })).toEqual([agadir.caseId]);
  });

  it('is refused to institution roles and analysts', async () => {
    for (const role of ['institution_agent', 'analyst', 'admin'] as const) {
      const client = await as(app, db(), role);
      const response = await client.request('POST', '/api/v1/cases/search', {
        phone: '0661223344',
      });
      expect(response.statusCode).toBe(403);
    }
  });

  it('audits which criteria were used (and on each case found), never their values', async () => {
    const listener = await as(app, db(), 'listener');
    await search(listener, { phone: '0661223344', status: 'new' });
    const events = await db()
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.actorId, listener.userId), eq(auditEvents.action, 'case.searched')),
      );
    const summary = events.filter((e) => e.caseId === null);
    expect(summary.map((e) => e.diff)).toEqual([{ fields: ['phone', 'status'], results: 2 }]);
    // And each case found carries it in its own trail.
    const perCase = events.filter((e) => e.caseId !== null);
    expect(perCase).toHaveLength(2);
    for (const e of perCase) expect(e.diff).toEqual({ fields: ['phone', 'status'] });
    expect(logs.text).not.toMatch(/661\s?22|0661223344/);
    expect(logs.text).not.toContain(casablanca.trackingCode.replace('-', ''));
  });
});
