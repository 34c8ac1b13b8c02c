import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cases, contacts, jobs, persons } from '../db/schema/index.ts';
import { openDataKey } from '../platform/crypto/data-keys.ts';
import { decryptText, placeOf } from '../platform/crypto/envelope.ts';
import { auditedOn, eventsOf, queuedCase } from '../queue/test-support.ts';
import { buildTestApp, testKeyring } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import { buildInstitution } from '../testing/factories.ts';
import { anonymous, as } from '../testing/staff-session.ts';

interface Created {
  contact: { id: string; notes: string | null; outcome: string | null; caseId: string | null };
  case: { caseId: string; reference: string } | null;
}

const call = { direction: 'inbound', channel: 'phone', type: 'violence_report' } as const;

describeEachEngine('logging a contact', (database) => {
  const keyring = testKeyring();
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(database(), { keyring });
  });
  afterAll(async () => {
    await app.close();
  });
  const db = () => database().db;
  const contactRow = async (id: string) =>
    (await db().select().from(contacts).where(eq(contacts.id, id)))[0];

  it('answers 401 without a session and 403 outside the helpline', async () => {
    expect((await anonymous(app, 'POST', '/api/v1/contacts', call)).statusCode).toBe(401);
    for (const role of ['institution_agent', 'analyst', 'admin'] as const) {
      const client = await as(app, db(), role);
      expect((await client.request('POST', '/api/v1/contacts', call)).statusCode, role).toBe(403);
    }
  });

  it('logs a call that leads nowhere, its notes encrypted under a key of its own', async () => {
    const listener = await as(app, db(), 'listener');
    const answer = await listener.request('POST', '/api/v1/contacts', {
      direction: 'inbound',
      channel: 'phone',
      type: 'silent',
      durationSeconds: 40,
      notes: 'Silence, then a child crying',
    });
    expect(answer.statusCode).toBe(201);
    const created = answer.json<Created>();
    expect(created.case).toBeNull();
    expect(created.contact).toMatchObject({
      notes: 'Silence, then a child crying',
      outcome: null,
      caseId: null,
      handledBy: { id: listener.userId, name: 'Test Staff' },
    });
    const row = await contactRow(created.contact.id);
    expect(row?.notesEnc?.toString('utf8')).not.toContain('child');
    const key = await openDataKey(db(), keyring, row?.dataKeyId ?? '');
    const place = placeOf('contacts', 'notes_enc', created.contact.id);
    expect(decryptText(key, row?.notesEnc ?? Buffer.alloc(0), place)).toBe(
      'Silence, then a child crying',
    );
    const [audit] = (await db().query.auditEvents.findMany()).filter(
      (e) => e.recordId === created.contact.id,
    );
    expect(audit).toMatchObject({ action: 'contact.logged', actorId: listener.userId });
    expect(JSON.stringify(audit?.diff)).not.toContain('child');
  });

  it('opens a case held by the listener, announced without an urgent alarm', async () => {
    const listener = await as(app, db(), 'listener');
    const answer = await listener.request('POST', '/api/v1/contacts', {
      ...call,
      phone: '06 12 34 56 78',
      notes: 'He threatened her tonight',
      openCase: { kind: 'violence_report', urgency: 'emergency', provinceCode: '421' },
    });
    expect(answer.statusCode).toBe(201);
    const created = answer.json<Created>();
    expect(created.case?.reference).toMatch(/^SN-\d{4}-\d{6}$/);
    expect(created.contact.outcome).toBe('case_opened');
    const caseId = created.case?.caseId ?? '';
    const [row] = await db().select().from(cases).where(eq(cases.id, caseId));
    expect(row).toMatchObject({
      ownerId: listener.userId,
      status: 'in_triage',
      urgency: 'emergency',
      regionCode: '04',
      provinceCode: '421',
      version: 1,
    });
    expect(row?.firstContactAt).toEqual(row?.createdAt);
    expect(row?.claimedAt).toEqual(row?.createdAt);
    const contact = await contactRow(created.contact.id);
    expect(contact).toMatchObject({ caseId, dataKeyId: row?.dataKeyId });
    expect(contact?.personId).toBe(row?.survivorId);
    const [person] = await db()
      .select()
      .from(persons)
      .where(eq(persons.id, contact?.personId ?? ''));
    expect(person?.phoneEnc?.toString('utf8')).not.toContain('612345678');
    expect((await eventsOf(db(), caseId)).map((e) => e.kind)).toEqual([
      'case.queued',
      'case.claimed',
    ]);
    expect(await db().select().from(jobs).where(eq(jobs.singletonKey, caseId))).toEqual([]);
    expect(await auditedOn(db(), caseId, 'case.created')).toHaveLength(1);
    expect(await auditedOn(db(), caseId, 'contact.logged')).toHaveLength(1);
  });

  it("places a case opened without a province in the listener's own territory", async () => {
    const listener = await as(app, db(), 'listener', { scopeLevel: 'region', scopeRegion: '04' });
    const answer = await listener.request('POST', '/api/v1/contacts', {
      ...call,
      channel: 'walk_in',
      openCase: { kind: 'support_request', urgency: 'standard' },
    });
    expect(answer.statusCode).toBe(201);
    const [row] = await db()
      .select()
      .from(cases)
      .where(eq(cases.id, answer.json<Created>().case?.caseId ?? ''));
    expect(row).toMatchObject({ regionCode: '04', provinceCode: null });
  });

  it('adds a contact to a case the listener can work, recording her first contact', async () => {
    const waiting = await queuedCase(db(), {
      regionCode: '04',
      provinceCode: '421',
      keyring,
      createdAt: new Date(Date.now() - 600_000),
    });
    const listener = await as(app, db(), 'listener', { scopeLevel: 'region', scopeRegion: '04' });
    const occurredAt = new Date(Date.now() - 60_000).toISOString();
    const answer = await listener.request('POST', '/api/v1/contacts', {
      ...call,
      direction: 'outbound',
      caseId: waiting.id,
      occurredAt,
      notes: 'Called her back',
    });
    expect(answer.statusCode).toBe(201);
    const created = answer.json<Created>();
    expect(created).toMatchObject({
      case: { caseId: waiting.id, reference: waiting.reference },
      contact: { outcome: 'attached_to_case', caseId: waiting.id },
    });
    const [row] = await db().select().from(cases).where(eq(cases.id, waiting.id));
    expect(row?.firstContactAt?.toISOString()).toBe(occurredAt);
    // A change to the file like any other: its version moves on, and open copies hear of it.
    expect(row?.version).toBe(2);
    const updated = (await eventsOf(db(), waiting.id)).filter((e) => e.kind === 'case.updated');
    expect(updated).toHaveLength(1);
    const contact = await contactRow(created.contact.id);
    expect(contact).toMatchObject({ dataKeyId: waiting.dataKeyId });
    expect(contact?.occurredAt.toISOString()).toBe(occurredAt);
    const key = await openDataKey(db(), keyring, waiting.dataKeyId);
    const place = placeOf('contacts', 'notes_enc', created.contact.id);
    expect(decryptText(key, contact?.notesEnc ?? Buffer.alloc(0), place)).toBe('Called her back');

    const casablanca = await queuedCase(db(), { regionCode: '06', provinceCode: '141' });
    const outside = await listener.request('POST', '/api/v1/contacts', {
      ...call,
      caseId: casablanca.id,
    });
    expect(outside.statusCode).toBe(404);
    const missing = await listener.request('POST', '/api/v1/contacts', {
      ...call,
      caseId: '01900000-0000-7000-8000-000000000000',
    });
    expect(missing.statusCode).toBe(404);
  });

  it('records a contact made on her behalf by an institution', async () => {
    const institution = await buildInstitution(db());
    const listener = await as(app, db(), 'listener');
    const answer = await listener.request('POST', '/api/v1/contacts', {
      ...call,
      channel: 'institution',
      onBehalfOfInstitutionId: institution.id,
      outcome: 'referred',
    });
    expect(answer.statusCode).toBe(201);
    const row = await contactRow(answer.json<Created>().contact.id);
    expect(row).toMatchObject({ viaInstitutionId: institution.id, outcome: 'referred' });
  });

  it('refuses invalid contacts field by field, in the reader’s language', async () => {
    const listener = await as(app, db(), 'listener', { scopeLevel: 'region', scopeRegion: '04' });
    const refused = async (body: Record<string, unknown>, language = 'en') => {
      const answer = await listener.request('POST', '/api/v1/contacts', body, {
        'accept-language': language,
      });
      expect(answer.statusCode).toBe(400);
      return answer.json<{
        error: { code: string; message: string; fields: { field: string; issue: string }[] };
      }>().error;
    };
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    const future = await refused({ ...call, occurredAt: tomorrow }, 'ar');
    expect(future).toMatchObject({
      code: 'validation_failed',
      message: 'بعض المعلومات غير صحيحة. راجعي الحقول المشار إليها.',
      fields: [{ field: 'body.occurredAt', issue: 'invalid' }],
    });
    expect((await refused({ ...call, phone: '8350' }, 'fr')).fields).toEqual([
      expect.objectContaining({
        field: 'body.phone',
        issue: 'invalid',
        message: "La valeur n'est pas valide.",
      }),
    ]);
    expect(
      (
        await refused({
          ...call,
          caseId: '01900000-0000-7000-8000-000000000000',
          openCase: { kind: 'violence_report', urgency: 'high' },
        })
      ).fields,
    ).toEqual([expect.objectContaining({ field: 'body.openCase' })]);
    expect((await refused({ ...call, caller: 'x' })).fields).toEqual([
      expect.objectContaining({ field: 'body.caller', issue: 'unknown_field' }),
    ]);
    expect((await refused({ ...call, durationSeconds: -1 })).fields).toEqual([
      expect.objectContaining({ field: 'body.durationSeconds', issue: 'too_small' }),
    ]);
    expect((await refused({ ...call, outcome: 'solved' })).fields).toEqual([
      expect.objectContaining({ field: 'body.outcome', issue: 'invalid_choice' }),
    ]);
    const elsewhere = await refused({
      ...call,
      openCase: { kind: 'violence_report', urgency: 'high', provinceCode: '141' },
    });
    expect(elsewhere.fields).toEqual([
      expect.objectContaining({ field: 'body.openCase.provinceCode', issue: 'invalid_choice' }),
    ]);
    const unknownInstitution = await refused({
      ...call,
      onBehalfOfInstitutionId: '01900000-0000-7000-8000-000000000000',
    });
    expect(unknownInstitution.fields).toEqual([
      expect.objectContaining({ field: 'body.onBehalfOfInstitutionId', issue: 'invalid_choice' }),
    ]);
  });
});
