import type { FastifyInstance } from 'fastify';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditEvents } from '../db/schema/index.ts';
import { buildTestApp } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import { anonymous, as, type StaffClient } from '../testing/staff-session.ts';

interface Earlier {
  contactId: string;
  occurredAt: string;
  caseId: string | null;
  caseReference: string | null;
  caseStatus: string | null;
  urgency: string | null;
  outcome: string | null;
}

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

describeEachEngine("a number's earlier contacts", (database) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(database());
  });
  afterAll(async () => {
    await app.close();
  });
  const db = () => database().db;

  async function logged(client: StaffClient, body: Record<string, unknown>) {
    const answer = await client.request('POST', '/api/v1/contacts', {
      direction: 'inbound',
      channel: 'phone',
      type: 'violence_report',
      ...body,
    });
    expect(answer.statusCode).toBe(201);
    return answer.json<{ contact: { id: string }; case: { caseId: string } | null }>();
  }

  const lookup = (client: StaffClient, phone: string) =>
    client.request('POST', '/api/v1/contacts/lookup', { phone });

  it('answers 401 without a session and 403 outside the helpline', async () => {
    const body = { phone: '0611223344' };
    expect((await anonymous(app, 'POST', '/api/v1/contacts/lookup', body)).statusCode).toBe(401);
    const agent = await as(app, db(), 'institution_agent');
    expect((await agent.request('POST', '/api/v1/contacts/lookup', body)).statusCode).toBe(403);
  });

  it('finds earlier contacts however the number was written, newest first', async () => {
    const national = await as(app, db(), 'listener');
    const first = await logged(national, {
      phone: '+212 6 61 22 33 44',
      occurredAt: hoursAgo(48),
      openCase: { kind: 'violence_report', urgency: 'high', provinceCode: '421' },
    });
    const second = await logged(national, {
      phone: '06.61.22.33.44',
      type: 'silent',
      occurredAt: hoursAgo(24),
    });
    const third = await logged(national, { phone: '0661223344', caseId: first.case?.caseId });
    await logged(national, { phone: '0661223345' });

    const answer = await lookup(national, '00212661223344');
    expect(answer.statusCode).toBe(200);
    const { earlier } = answer.json<{ earlier: Earlier[] }>();
    expect(earlier.map((e) => e.contactId)).toEqual([
      third.contact.id,
      second.contact.id,
      first.contact.id,
    ]);
    expect(earlier[0]).toMatchObject({
      caseId: first.case?.caseId,
      caseStatus: 'in_triage',
      urgency: 'high',
      outcome: 'attached_to_case',
    });
    expect(earlier[0]?.caseReference).toMatch(/^SN-/);
    expect(earlier[1]).toMatchObject({
      caseId: null,
      caseReference: null,
      caseStatus: null,
      urgency: null,
    });
  });

  it("never shows another region's cases or placeless calls, and audits who looked", async () => {
    const national = await as(app, db(), 'listener');
    const phone = '0770001122';
    const rabat = await logged(national, {
      phone,
      openCase: { kind: 'support_request', urgency: 'standard', provinceCode: '441' },
    });
    const casablanca = await logged(national, {
      phone: '+212770001122',
      openCase: { kind: 'violence_report', urgency: 'medium', provinceCode: '141' },
    });
    const loose = await logged(national, { phone: '07 70 00 11 22', type: 'wrong_number' });

    const regional = await as(app, db(), 'listener', { scopeLevel: 'region', scopeRegion: '04' });
    const { earlier } = (await lookup(regional, '+212 770 00 11 22')).json<{
      earlier: Earlier[];
    }>();
    // A contact with no case has no place: only national scope sees it.
    expect(earlier.map((e) => e.contactId)).toEqual([rabat.contact.id]);
    expect(JSON.stringify(earlier)).not.toContain(casablanca.case?.caseId ?? 'none');
    const everywhere = (await lookup(national, '+212 770 00 11 22')).json<{
      earlier: Earlier[];
    }>();
    expect(everywhere.earlier.map((e) => e.contactId)).toContain(loose.contact.id);

    const audits = await db()
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'contact.history_viewed'),
          eq(auditEvents.actorId, regional.userId),
        ),
      );
    expect(audits.map((a) => [a.recordType, a.caseId])).toEqual(
      expect.arrayContaining([
        ['phone_lookup', null],
        ['case', rabat.case?.caseId],
      ]),
    );
    expect(audits).toHaveLength(2);
    expect(JSON.stringify(audits)).not.toContain('0770001122');
  });

  it('refuses what is not a phone number, naming the field', async () => {
    const listener = await as(app, db(), 'listener');
    const answer = await listener.request(
      'POST',
      '/api/v1/contacts/lookup',
      { phone: 'call me' },
      { 'accept-language': 'fr' },
    );
    expect(answer.statusCode).toBe(400);
    expect(answer.json()).toMatchObject({
      error: { code: 'validation_failed', fields: [{ field: 'body.phone', issue: 'invalid' }] },
    });
  });
});
