import type { FastifyInstance } from 'fastify';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditEvents } from '../db/schema/index.ts';
import { buildTestApp } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import { buildCase } from '../testing/factories.ts';
import { anonymous, as } from '../testing/staff-session.ts';
import { recordAudit } from './record.ts';

describeEachEngine('GET /api/v1/cases/:caseId/audit-trail', (database) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(database());
  });
  afterAll(async () => {
    await app.close();
  });
  const db = () => database().db;
  const url = (id: string) => `/api/v1/cases/${id}/audit-trail`;

  it('answers 401 without a session and 403 to roles that cannot read trails', async () => {
    const kase = await buildCase(db());
    expect((await anonymous(app, 'GET', url(kase.id))).statusCode).toBe(401);
    for (const role of [
      'listener',
      'institution_agent',
      'institution_manager',
      'analyst',
    ] as const) {
      expect(
        (await (await as(app, db(), role)).request('GET', url(kase.id))).statusCode,
        role,
      ).toBe(403);
    }
  });

  it('shows a supervisor who read the file, newest first, and audits that reading', async () => {
    const kase = await buildCase(db());
    const listener = await as(app, db(), 'listener');
    await recordAudit(db(), {
      action: 'case.viewed',
      actor: { id: listener.userId, institutionId: listener.institutionId },
      recordType: 'case',
      recordId: kase.id,
      caseId: kase.id,
    });
    const supervisor = await as(app, db(), 'supervisor');
    const response = await supervisor.request('GET', url(kase.id));
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      entries: { action: string; actor: { id: string; name: string } | null }[];
    }>();
    expect(body.entries[0]).toMatchObject({
      action: 'case.viewed',
      actor: { id: listener.userId, name: 'Test Staff' },
    });
    const reads = await db()
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.caseId, kase.id), eq(auditEvents.action, 'audit.case_trail_viewed')),
      );
    expect(reads).toHaveLength(1);
    expect(reads[0]?.actorId).toBe(supervisor.userId);
  });

  it('answers 404 for a case outside the scope, and for no case at all', async () => {
    const far = await buildCase(db(), { regionCode: '09', provinceCode: '541' });
    const regional = await as(app, db(), 'supervisor', { scopeLevel: 'region', scopeRegion: '06' });
    expect((await regional.request('GET', url(far.id))).statusCode).toBe(404);
    expect(
      (await regional.request('GET', url('0190a0a0-0000-7000-8000-000000000000'))).statusCode,
    ).toBe(404);
    const national = await as(app, db(), 'admin');
    expect((await national.request('GET', url(far.id))).statusCode).toBe(200);
  });
});
