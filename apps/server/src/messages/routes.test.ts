import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditEvents, cases, liveEvents, messages, publicRequests } from '../db/schema/index.ts';
import { CONSENTS, submit } from '../intake/test-support.ts';
import { buildTestApp, testKeyring } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import { as } from '../testing/staff-session.ts';

let address = 0;
/** Each test its own client address, so the per-address lock of one does not touch another. */
const nextAddress = () => `10.0.0.${String((address += 1))}`;

describeEachEngine('survivor follow-up', (database) => {
  const keyring = testKeyring();
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(database(), { keyring });
  });
  afterAll(async () => {
    await app.close();
  });

  async function fileReport() {
    const response = await submit(app, 'reports', {
      kind: 'violence',
      language: 'ar',
      consents: CONSENTS,
    });
    const { trackingCode, secret } = response.json<{ trackingCode: string; secret: string }>();
    const [row] = await database()
      .db.select()
      .from(publicRequests)
      .where(eq(publicRequests.trackingCode, trackingCode.replace('-', '')));
    return { trackingCode, secret, caseId: row?.caseId ?? '' };
  }
  const follow = (code: string, secret: string, remoteAddress = nextAddress()) =>
    app.inject({
      method: 'GET',
      url: `/api/v1/public/requests/${code}`,
      headers: { 'x-request-secret': secret },
      remoteAddress,
    });
  const write = (code: string, secret: string, payload: unknown, remoteAddress = nextAddress()) =>
    app.inject({
      method: 'POST',
      url: `/api/v1/public/requests/${code}/messages`,
      headers: { 'x-request-secret': secret },
      payload: payload as Record<string, unknown>,
      remoteAddress,
    });

  it('shows her the status and the thread, oldest first, and audits the reading', async () => {
    const { trackingCode, secret, caseId } = await fileReport();
    const empty = await follow(trackingCode, secret);
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toMatchObject({
      trackingCode,
      kind: 'violence_report',
      status: 'received',
      messages: [],
    });
    const listener = await as(app, database().db, 'listener');
    const answered = await listener.request('POST', `/api/v1/cases/${caseId}/messages`, {
      body: 'We are here. When can we call?',
    });
    expect(answered.statusCode).toBe(201);
    const written = await write(trackingCode.toLowerCase(), secret, { body: 'After 6 pm please' });
    expect(written.statusCode).toBe(201);
    expect(written.json()).toMatchObject({
      message: { from: 'survivor', body: 'After 6 pm please' },
    });
    await database().db.update(cases).set({ status: 'active' }).where(eq(cases.id, caseId));
    const thread = await follow(trackingCode.replace('-', ''), secret.toLowerCase());
    expect(thread.json()).toMatchObject({
      status: 'in_progress',
      messages: [
        { from: 'listener', body: 'We are here. When can we call?' },
        { from: 'survivor', body: 'After 6 pm please' },
      ],
    });
    const stored = await database().db.select().from(messages).where(eq(messages.caseId, caseId));
    for (const m of stored) expect(m.bodyEnc.toString('latin1')).not.toMatch(/call|6 pm/);
    const events = await database()
      .db.select()
      .from(auditEvents)
      .where(and(eq(auditEvents.caseId, caseId)));
    const actions = events.map((e) => [e.action, e.purpose]);
    expect(actions).toContainEqual(['case.viewed', 'survivor_follow']);
    expect(actions).toContainEqual(['message.sent', 'survivor_follow']);
    expect(actions).toContainEqual(['message.sent', 'care']);
  });

  it("tells the case's owner, and only her, that the survivor wrote", async () => {
    const { trackingCode, secret, caseId } = await fileReport();
    const unclaimed = await write(trackingCode, secret, { body: 'Anyone there?' });
    expect(unclaimed.statusCode).toBe(201);
    const owner = await as(app, database().db, 'listener');
    await database()
      .db.update(cases)
      .set({ ownerId: owner.userId, status: 'in_triage' })
      .where(eq(cases.id, caseId));
    const written = await write(trackingCode, secret, { body: 'Please call after 6' });
    const messageId = written.json<{ message: { id: string } }>().message.id;
    const received = await database()
      .db.select()
      .from(liveEvents)
      .where(and(eq(liveEvents.caseId, caseId), eq(liveEvents.kind, 'message.received')));
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({
      audience: 'staff',
      staffId: owner.userId,
      payload: { messageId },
    });
    expect(JSON.stringify(received)).not.toMatch(/call after/);
  });

  it('answers a wrong code and a wrong secret with the same 404', async () => {
    const { trackingCode, secret } = await fileReport();
    const wrongSecret = await follow(trackingCode, 'AAAA-AAAA-AAAA-AAAA');
    const wrongCode = await follow('ZZZZ-ZZZZ', secret);
    const garbage = await follow('not-a-code', 'x');
    for (const response of [wrongSecret, wrongCode, garbage]) {
      expect(response.statusCode).toBe(404);
      const { error } = response.json<{ error: Record<string, unknown> }>();
      expect({ ...error, requestId: undefined }).toEqual({
        ...wrongSecret.json<{ error: Record<string, unknown> }>().error,
        requestId: undefined,
      });
    }
    expect((await write(trackingCode, 'AAAA-AAAA-AAAA-AAAA', { body: 'hi' })).statusCode).toBe(404);
  });

  it('locks a code after five failures, even for the right secret, with Retry-After', async () => {
    const { trackingCode, secret } = await fileReport();
    for (let i = 0; i < 5; i += 1)
      expect((await follow(trackingCode, 'BBBB-BBBB-BBBB-BBBB')).statusCode).toBe(404);
    const locked = await follow(trackingCode, secret);
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect(locked.json()).toMatchObject({ error: { code: 'rate_limited' } });
  });

  it('locks an address that fails five times, whatever code it tries next', async () => {
    const mine = await fileReport();
    const sweeper = nextAddress();
    for (let i = 0; i < 5; i += 1)
      expect((await follow(`ZZZZ-ZZZ${String(i)}`, 'x', sweeper)).statusCode).toBe(404);
    expect((await follow(mine.trackingCode, mine.secret, sweeper)).statusCode).toBe(429);
    expect((await follow(mine.trackingCode, mine.secret)).statusCode).toBe(200);
  });

  it('refuses bad input: no secret header, an empty or too long message, unknown fields', async () => {
    const { trackingCode, secret } = await fileReport();
    const noSecret = await app.inject({
      method: 'GET',
      url: `/api/v1/public/requests/${trackingCode}`,
    });
    expect(noSecret.json()).toMatchObject({
      error: { fields: [{ field: 'header.x-request-secret' }] },
    });
    for (const [payload, field] of [
      [{ body: '   ' }, 'body.body'],
      [{ body: 'x'.repeat(2001) }, 'body.body'],
      [{ body: 'hi', from: 'listener' }, 'body.from'],
    ] as const) {
      const response = await write(trackingCode, secret, payload);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        error: { code: 'validation_failed', fields: [{ field }] },
      });
    }
  });
});
