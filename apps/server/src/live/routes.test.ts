import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { staffPresence } from '../db/schema/index.ts';
import { SESSION_COOKIE } from '../identity/cookies.ts';
import { CONSENTS, newKey } from '../intake/test-support.ts';
import { publishEvent } from '../platform/events/publish.ts';
import { buildTestApp } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import { as } from '../testing/staff-session.ts';
import { connectSse, dataOf, listenOnLoopback, type SseClient } from './test-support.ts';

const URGENT = { kind: 'urgent', language: 'fr', consents: CONSENTS };

describeEachEngine('the console live stream', (database) => {
  let app: FastifyInstance;
  let base: string;
  const clients: SseClient[] = [];
  const open = async (...args: Parameters<typeof connectSse>) => {
    const client = await connectSse(...args);
    clients.push(client);
    return client;
  };
  const staff = (role: 'listener' | 'supervisor', scope: Record<string, string> = {}) =>
    as(app, database().db, role, scope);
  /**
   * A helpline event the listeners in scope of its region see: once it arrived, every earlier
   * event has too (the hub delivers in commit order). No region: national listeners only.
   */
  const sentinel = (regionCode: string | null = null) =>
    publishEvent(database().db, { kind: 'case.updated', audience: 'helpline', regionCode });

  beforeAll(async () => {
    app = await buildTestApp(database());
    base = await listenOnLoopback(app);
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await app.close();
  });

  const report = (payload: unknown) =>
    fetch(`${base}/api/v1/public/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': newKey() },
      body: JSON.stringify(payload),
    });

  it('answers 401 without a session and 403 to a role without the queue', async () => {
    const anonymous = await fetch(`${base}/api/v1/console/events`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: 'unauthenticated' } });
    const analyst = await as(app, database().db, 'analyst');
    const refused = await fetch(`${base}/api/v1/console/events`, {
      headers: { cookie: `${SESSION_COOKIE}=${analyst.token}` },
    });
    expect([refused.status, await refused.json()]).toMatchObject([
      403,
      { error: { code: 'forbidden' } },
    ]);
  });

  it('streams with the security headers and marks the listener on duty', async () => {
    const listener = await staff('listener');
    const client = await open(base, { token: listener.token });
    expect(client.status).toBe(200);
    expect(client.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(client.headers.get('cache-control')).toBe('no-store');
    expect(client.headers.get('x-accel-buffering')).toBe('no');
    expect(client.headers.get('x-content-type-options')).toBe('nosniff');
    const ready = await client.waitFor((f) => f.event === 'ready');
    expect(dataOf(ready).lastEventId).toBe(Number(ready.id));
    const [presence] = await database()
      .db.select()
      .from(staffPresence)
      .where(eq(staffPresence.staffId, listener.userId));
    expect(Date.now() - (presence?.lastSeenAt.getTime() ?? 0)).toBeLessThan(10_000);
  });

  it('delivers the urgent alert of a real report within a second of its 201', async () => {
    const listener = await staff('listener');
    const client = await open(base, { token: listener.token });
    await client.waitFor((f) => f.event === 'ready');
    const response = await report(URGENT);
    const accepted = performance.now();
    expect(response.status).toBe(201);
    const alert = await client.waitFor((f) => f.event === 'alert.urgent', 1_000);
    expect(performance.now() - accepted).toBeLessThan(1_000);
    const data = dataOf(alert);
    expect(data).toMatchObject({ kind: 'alert.urgent', payload: { urgency: 'emergency' } });
    expect(data.id).toBe(Number(alert.id));
    expect(typeof data.caseId).toBe('string');
    expect(new Date(String(data.at)).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const queued = client.frames.find((f) => f.event === 'case.queued');
    expect(queued && dataOf(queued).caseId).toBe(data.caseId);
  });

  it('sends an event only to the listeners whose scope holds its place', async () => {
    const national = await open(base, { token: (await staff('listener')).token });
    const casablanca = await open(base, {
      token: (await staff('listener', { scopeLevel: 'region', scopeRegion: '06' })).token,
    });
    const elsewhere = await open(base, {
      token: (await staff('listener', { scopeLevel: 'region', scopeRegion: '01' })).token,
    });
    for (const client of [national, casablanca, elsewhere]) {
      await client.waitFor((f) => f.event === 'ready');
    }
    expect((await report({ ...URGENT, provinceCode: '141' })).status).toBe(201);
    const inCasablanca = String(await sentinel('06'));
    const inTangier = String(await sentinel('01'));
    await national.waitFor((f) => f.id === inTangier);
    await casablanca.waitFor((f) => f.id === inCasablanca);
    await elsewhere.waitFor((f) => f.id === inTangier);
    const alerts = (client: SseClient) => client.frames.filter((f) => f.event === 'alert.urgent');
    expect(alerts(national)).toHaveLength(1);
    expect(alerts(casablanca)).toHaveLength(1);
    expect(alerts(elsewhere)).toHaveLength(0);
  });

  it('keeps supervisor alerts from listeners and a reminder to its one staff member', async () => {
    const listener = await staff('listener');
    const other = await staff('listener');
    const supervisor = await staff('supervisor');
    const streams = await Promise.all(
      [listener, other, supervisor].map((s) => open(base, { token: s.token })),
    );
    for (const client of streams) await client.waitFor((f) => f.event === 'ready');
    const db = database().db;
    const unclaimed = await publishEvent(db, {
      kind: 'alert.unclaimed',
      audience: 'supervisors',
      payload: { round: 1, waitingSeconds: 120 },
    });
    const reminder = await publishEvent(db, {
      kind: 'followup.due',
      audience: 'staff',
      staffId: listener.userId,
    });
    const last = await sentinel();
    for (const client of streams) await client.waitFor((f) => f.id === String(last));
    const ids = (client: SseClient) =>
      client.frames.filter((f) => f.id !== undefined && f.event !== 'ready').map((f) => f.id);
    const [toListener, toOther, toSupervisor] = streams.map(ids);
    expect(toListener).toEqual(expect.arrayContaining([String(reminder), String(last)]));
    expect(toListener).not.toContain(String(unclaimed));
    expect(toOther).not.toContain(String(unclaimed));
    expect(toOther).not.toContain(String(reminder));
    expect(toSupervisor).toContain(String(unclaimed));
    expect(toSupervisor).not.toContain(String(reminder));
  });

  it('replays exactly the missed events it may see after Last-Event-ID, then says ready', async () => {
    const listener = await staff('listener', { scopeLevel: 'region', scopeRegion: '06' });
    const first = await open(base, { token: listener.token });
    const ready = await first.waitFor((f) => f.event === 'ready');
    first.close();
    const db = database().db;
    const missed = [
      await publishEvent(db, { kind: 'case.queued', audience: 'helpline', regionCode: '06' }),
      await publishEvent(db, { kind: 'case.queued', audience: 'helpline', regionCode: '01' }),
      await publishEvent(db, { kind: 'followup.due', audience: 'staff', staffId: listener.userId }),
      await publishEvent(db, {
        kind: 'alert.unclaimed',
        audience: 'supervisors',
        regionCode: '06',
      }),
      await publishEvent(db, { kind: 'case.updated', audience: 'helpline', regionCode: '06' }),
    ];
    const expected = [missed[0], missed[2], missed[4]].map(String);
    for (const options of [
      { lastEventId: Number(ready.id) },
      { query: `?lastEventId=${String(ready.id)}` },
    ]) {
      const again = await open(base, { token: listener.token, ...options });
      const readyAgain = await again.waitFor((f) => f.event === 'ready');
      const replayed = again.frames.slice(0, again.frames.indexOf(readyAgain)).map((f) => f.id);
      expect(replayed).toEqual(expected);
      expect(dataOf(readyAgain).lastEventId).toBe(missed[4]);
      again.close();
    }
  });

  it('does not replay events older than a day', async () => {
    const listener = await staff('listener');
    const client = await open(base, { token: listener.token });
    const ready = await client.waitFor((f) => f.event === 'ready');
    await database().sql.query(
      `INSERT INTO live_events (kind, audience, created_at) VALUES ('case.updated', 'helpline', now() - interval '25 hours')`,
    );
    const recent = await sentinel();
    // Once the open stream has it, the hub is done with both rows: what follows is the replay.
    await client.waitFor((f) => f.id === String(recent));
    const again = await open(base, { token: listener.token, lastEventId: Number(ready.id) });
    await again.waitFor((f) => f.event === 'ready');
    expect(again.frames.filter((f) => f.event !== 'ready').map((f) => f.id)).toEqual([
      String(recent),
    ]);
  });

  it('refuses a Last-Event-ID that is not an event id', async () => {
    const listener = await staff('listener');
    const response = await fetch(`${base}/api/v1/console/events?lastEventId=abc`, {
      headers: { cookie: `${SESSION_COOKIE}=${listener.token}` },
    });
    expect(response.status).toBe(400);
  });
});
