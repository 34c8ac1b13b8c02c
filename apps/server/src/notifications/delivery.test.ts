import { eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { openDatabase, type Db } from '../db/database.ts';
import { jobs, notificationOutbox } from '../db/schema/index.ts';
import { enqueueJob } from '../platform/jobs/enqueue.ts';
import { startJobRunner, type JobRunner } from '../platform/jobs/runner.ts';
import { createLogger } from '../platform/logger.ts';
import { LogCapture, testKeyring } from '../testing/app.ts';
import { describeEachEngine, type TestDatabase } from '../testing/database.ts';
import {
  createNotificationDelivery,
  LEASE_MS,
  MAX_SEND_ATTEMPTS,
  sendBackoffMs,
  type NotificationDelivery,
} from './delivery.ts';
import { NotificationInputError, queueNotification, type NotificationInput } from './outbox.ts';
import { purgeNotificationRecipients } from './purge.ts';
import { InvalidRecipientError } from './recipient.ts';
import { smsGatewayTransport } from './sms-gateway-transport.ts';
import { smtpTransport } from './smtp-transport.ts';
import { TemplateParamsError } from './templates.ts';
import {
  scriptedTransport,
  startSmsGateway,
  startSmtpServer,
  type LocalSmsGateway,
  type LocalSmtpServer,
} from './test-support.ts';
import { logTransport, type Transport, type Transports } from './transport.ts';

/** Long enough that the runner's own poll never fires: tests drive it with `runDue(now)`. */
const NO_POLL = { pollMs: 3_600_000 };
const T0 = new Date('2026-11-24T09:00:00Z');
const later = (ms: number) => new Date(T0.getTime() + ms);
const DAY_MS = 24 * 60 * 60_000;
const PHONE = '06 12 34 56 78';

const staffSms: NotificationInput = {
  channel: 'sms',
  to: PHONE,
  audience: 'staff',
  locale: 'fr',
  template: 'referral.received',
  params: { reference: 'SN-2026-000123', urgency: 'high', dueAt: '2026-11-24T13:00:00Z' },
  dedupeKey: 'referral:r1:received:s1:sms',
};

/** Another node on the same database: its own pool on PostgreSQL; PGlite has one engine. */
async function secondNode(database: TestDatabase): Promise<{ db: Db; close(): Promise<void> }> {
  if (database.engine === 'pglite') return { db: database.db, close: async () => {} };
  const [row] = await database.sql.query<{ name: string }>('SELECT current_database() AS name');
  const url = new URL(process.env.TEST_DATABASE_URL ?? '');
  url.pathname = `/${row?.name ?? ''}`;
  return openDatabase({ engine: 'postgres', url: url.toString(), poolSize: 2 });
}

describeEachEngine('the notification outbox', (database) => {
  const keyring = testKeyring();
  let gateway: LocalSmsGateway;
  let smtp: LocalSmtpServer;
  const started: { runner: JobRunner; delivery: NotificationDelivery }[] = [];

  beforeAll(async () => {
    gateway = await startSmsGateway();
    smtp = await startSmtpServer();
  });
  afterAll(async () => {
    await gateway.close();
    await smtp.close();
  });
  afterEach(async () => {
    for (const { runner, delivery } of started.splice(0)) {
      await runner.stop();
      await delivery.stop();
    }
    await database().sql.exec('DELETE FROM notification_outbox; DELETE FROM jobs');
    gateway.requests.length = 0;
    gateway.statuses.length = 0;
  });

  const gatewaySms = (): Transport => smsGatewayTransport({ url: gateway.url, token: 'gw-token' });
  const start = (transports: Partial<Transports>, options: { db?: Db; logs?: LogCapture } = {}) => {
    const log = createLogger(options.logs ? 'info' : 'silent', options.logs);
    const db = options.db ?? database().db;
    const delivery = createNotificationDelivery({
      db,
      keyring,
      transports: { email: scriptedTransport(), sms: scriptedTransport(), ...transports },
      log,
    });
    const runner = startJobRunner(db, delivery.handlers, log, NO_POLL);
    started.push({ runner, delivery });
    /** Runs the jobs due at `now` and waits for the sends they started. */
    const runAt = async (now: Date) => {
      await runner.runDue(now);
      await delivery.drain();
    };
    return { delivery, runner, runAt };
  };
  const queue = (input: Partial<NotificationInput> = {}, now = T0) =>
    database().db.transaction((tx) =>
      queueNotification(tx, keyring, { ...staffSms, ...input }, now),
    );
  const rows = () => database().db.select().from(notificationOutbox).orderBy(notificationOutbox.id);
  const only = async () => {
    const all = await rows();
    expect(all).toHaveLength(1);
    const [row] = all;
    if (!row) throw new Error('no message');
    return row;
  };
  const jobsOf = (id: string) =>
    database().db.select().from(jobs).where(eq(jobs.singletonKey, id)).orderBy(jobs.createdAt);

  it('writes the message and its job in the caller’s transaction, the number encrypted', async () => {
    await expect(
      database().db.transaction(async (tx) => {
        await queueNotification(tx, keyring, staffSms, T0);
        throw new Error('the referral was not saved');
      }),
    ).rejects.toThrow('the referral was not saved');
    expect(await rows()).toEqual([]);

    expect(await queue()).toBe(true);
    const row = await only();
    expect(row).toMatchObject({ state: 'pending', attempts: 0, channel: 'sms', locale: 'fr' });
    expect(row.nextAttemptAt).toEqual(T0);
    expect(row.params).toEqual(staffSms.params);
    const [job] = await jobsOf(row.id);
    expect(job).toMatchObject({ name: 'notification.send', state: 'pending', runAt: T0 });
    // Neither the number (in any spelling) nor a text is anywhere in the row.
    const [dump] = await database().sql.query<{ text: string }>(
      'SELECT row_to_json(o)::text AS text FROM notification_outbox o',
    );
    expect(dump?.text).not.toMatch(/612345678|0612|\+212/);
    expect(row.recipientEnc?.includes(Buffer.from('612345678'))).toBe(false);
  });

  it('refuses a caller’s mistake and writes nothing', async () => {
    await expect(queue({ audience: 'survivor' })).rejects.toThrow(NotificationInputError);
    await expect(
      queue({ template: 'survivor.update', audience: 'staff', params: {} }),
    ).rejects.toThrow(NotificationInputError);
    await expect(queue({ params: { ...staffSms.params, name: 'Fatima' } })).rejects.toThrow(
      TemplateParamsError,
    );
    await expect(queue({ to: '8350' })).rejects.toThrow(InvalidRecipientError);
    await expect(queue({ channel: 'email', to: 'not-an-address' })).rejects.toThrow(
      InvalidRecipientError,
    );
    expect(await rows()).toEqual([]);
  });

  it('writes one message per dedupe key and sends it once', async () => {
    const results = await Promise.all([queue(), queue(), queue({ to: '0700000000' })]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await queue()).toBe(false);
    const sms = scriptedTransport();
    const { runAt } = start({ sms });
    await runAt(T0);
    await runAt(later(LEASE_MS + 1000));
    await runAt(later(DAY_MS));
    expect(sms.sent).toHaveLength(1);
    const row = await only();
    expect(row).toMatchObject({ state: 'sent', attempts: 1, providerId: 'p-1', lastError: null });
    expect(row.leaseUntil).toBeNull();
    expect(await jobsOf(row.id)).not.toContainEqual(expect.objectContaining({ state: 'pending' }));
  });

  it('e-mails through SMTP in the recipient’s language, the Message-ID made from the outbox id', async () => {
    const email = smtpTransport({ url: smtp.url, from: 'Sanad <notifications@sanad.ma>' });
    const { runAt } = start({ email });
    await queue({ channel: 'email', to: 'manager@emf-settat.ma', locale: 'ar' });
    await runAt(T0);
    const row = await only();
    expect(row).toMatchObject({ state: 'sent', transport: 'smtp', attempts: 1 });
    expect(row.providerId).toBe(`<${row.id}@sanad.ma>`);
    const mail = smtp.received.at(-1);
    expect(mail?.headers.get('message-id')).toBe(`<${row.id}@sanad.ma>`);
    expect(mail?.headers.get('to')).toBe('manager@emf-settat.ma');
    expect(mail?.subject).toBe('سند: إحالة جديدة SN-2026-000123');
    expect(mail?.text).toContain('(خطر مرتفع)');
    expect(mail?.text).toContain('2026-11-24');
  });

  it('retries a busy gateway after its backoff with the same idempotency key, then records its id', async () => {
    gateway.statuses.push(503);
    const { runAt } = start({ sms: gatewaySms() });
    await queue();
    await runAt(T0);
    const failed = await only();
    expect(failed).toMatchObject({ state: 'pending', attempts: 1, lastError: 'sms_http_503' });
    const wait = failed.nextAttemptAt.getTime() - T0.getTime();
    expect(wait).toBeGreaterThanOrEqual(sendBackoffMs(1));
    expect(wait).toBeLessThan(sendBackoffMs(1) + 5_000);
    const pending = (await jobsOf(failed.id)).filter((job) => job.state === 'pending');
    expect(pending.map((job) => job.runAt)).toEqual([failed.nextAttemptAt]);

    await runAt(later(sendBackoffMs(1) - 1_000));
    expect(gateway.requests).toHaveLength(1);
    await runAt(failed.nextAttemptAt);
    expect(gateway.requests.map((r) => r.headers['idempotency-key'])).toEqual([
      failed.id,
      failed.id,
    ]);
    expect(gateway.requests[1]?.body).toEqual({
      to: '+212612345678',
      text: expect.stringContaining('SN-2026-000123') as unknown,
      reference: failed.id,
    });
    expect(await only()).toMatchObject({
      state: 'sent',
      attempts: 2,
      providerId: 'gw-2',
      lastError: null,
      transport: 'sms_gateway',
    });
  });

  it('gives up at once on a refused number, and logs no number, text or token', async () => {
    gateway.statuses.push(400);
    const logs = new LogCapture();
    const { runAt } = start({ sms: gatewaySms() }, { logs });
    await queue();
    await runAt(T0);
    const row = await only();
    expect(row).toMatchObject({ state: 'failed', attempts: 1, lastError: 'sms_http_400' });
    expect(row.finishedAt).not.toBeNull();
    await runAt(later(DAY_MS));
    expect(gateway.requests).toHaveLength(1);
    expect(logs.text).toContain(row.id);
    expect(logs.text).toContain('sms_http_400');
    expect(logs.text).not.toMatch(/612345678|SN-2026|gw-token|orientation/);
  });

  it('waits 30 s, 2 min, 10 min… between attempts and fails after the last', async () => {
    const sms = scriptedTransport(
      Array.from({ length: MAX_SEND_ATTEMPTS }, () => ({ outcome: 'retry', code: 'sms_timeout' })),
    );
    const { runAt } = start({ sms });
    await queue();
    const waits: number[] = [];
    let now = T0;
    for (let attempt = 1; attempt <= MAX_SEND_ATTEMPTS; attempt += 1) {
      await runAt(now);
      const row = await only();
      expect(row.attempts).toBe(attempt);
      if (row.state !== 'pending') break;
      // Just before the backoff ends nothing happens.
      await runAt(new Date(row.nextAttemptAt.getTime() - 1));
      expect(sms.sent).toHaveLength(attempt);
      waits.push(Math.round((row.nextAttemptAt.getTime() - now.getTime()) / 1000));
      now = row.nextAttemptAt;
    }
    expect(waits).toEqual([30, 120, 600, 1800, 3600, 10800]);
    expect(await only()).toMatchObject({ state: 'failed', lastError: 'sms_timeout', attempts: 7 });
    await runAt(later(30 * DAY_MS));
    expect(sms.sent).toHaveLength(MAX_SEND_ATTEMPTS);
  });

  it('sends once when two nodes try to deliver the same message at the same moment', async () => {
    const node = await secondNode(database());
    try {
      const a = scriptedTransport([], 50);
      const b = scriptedTransport([], 50);
      const here = start({ sms: a });
      const there = start({ sms: b }, { db: node.db });
      await queue();
      const { id } = await only();
      const outcomes = await Promise.all([
        here.delivery.deliver(id, T0),
        there.delivery.deliver(id, T0),
      ]);
      expect(outcomes.sort()).toEqual(['sent', 'skipped']);
      expect(a.sent.length + b.sent.length).toBe(1);
      expect(await only()).toMatchObject({ state: 'sent', attempts: 1 });
    } finally {
      await node.close();
    }
  });

  it('sends each message once when two job runners race for them', async () => {
    const node = await secondNode(database());
    try {
      for (let i = 0; i < 12; i += 1) await queue({ dedupeKey: `race-${String(i)}` });
      const a = scriptedTransport([], 5);
      const b = scriptedTransport([], 5);
      const here = start({ sms: a });
      const there = start({ sms: b }, { db: node.db });
      for (let round = 0; round < 3; round += 1) {
        await Promise.all([here.runAt(T0), there.runAt(T0)]);
      }
      const ids = [...a.sent, ...b.sent].map((m) => m.id);
      expect(ids).toHaveLength(12);
      expect(new Set(ids).size).toBe(12);
      expect((await rows()).every((row) => row.state === 'sent')).toBe(true);
    } finally {
      await node.close();
    }
  });

  it('sends again with the same id when a node died mid-send, once its lease ran out', async () => {
    const node = await secondNode(database());
    try {
      // Node A hands the SMS to the gateway, then "dies": its send never returns in time.
      let revive: () => void = () => undefined;
      const frozen = new Promise<void>((resolve) => (revive = resolve));
      const gatewayA = gatewaySms();
      const dying: Transport = {
        name: 'sms_gateway',
        async send(message) {
          const result = await gatewayA.send(message);
          await frozen;
          return result;
        },
      };
      const a = start({ sms: dying });
      await queue();
      await a.runner.runDue(T0);
      await expect.poll(() => gateway.requests.length).toBe(1);
      const claimed = await only();
      expect(claimed).toMatchObject({ state: 'sending', attempts: 1 });

      // Node B: nothing to do while the lease holds; after it, the same message, the same key.
      const b = start({ sms: gatewaySms() }, { db: node.db });
      await b.runAt(later(LEASE_MS - 1_000));
      expect(gateway.requests).toHaveLength(1);
      await b.runAt(later(LEASE_MS));
      expect(gateway.requests.map((r) => r.headers['idempotency-key'])).toEqual([
        claimed.id,
        claimed.id,
      ]);
      expect(await only()).toMatchObject({ state: 'sent', attempts: 2, providerId: 'gw-2' });

      // Node A wakes up: its claim is gone, so it records nothing over B's outcome.
      revive();
      await a.delivery.drain();
      expect(await only()).toMatchObject({ state: 'sent', attempts: 2, providerId: 'gw-2' });
    } finally {
      await node.close();
    }
  });

  it('never sends a sent message again, whatever job or call comes for it', async () => {
    const sms = scriptedTransport();
    const { runAt, delivery } = start({ sms });
    await queue();
    await runAt(T0);
    const { id } = await only();
    expect(await delivery.deliver(id, later(DAY_MS))).toBe('skipped');
    await enqueueJob(database().db, {
      name: 'notification.send',
      payload: { notificationId: id },
      runAt: later(DAY_MS),
      singletonKey: id,
    });
    await runAt(later(DAY_MS));
    expect(sms.sent).toHaveLength(1);
  });

  it('logs only the id, template and channel with the log transport', async () => {
    const logs = new LogCapture();
    const log = createLogger('info', logs);
    const { runAt } = start({ email: logTransport(log) }, { logs });
    await queue({ channel: 'email', to: 'manager@emf-settat.ma', locale: 'en' });
    await runAt(T0);
    const row = await only();
    expect(row).toMatchObject({ state: 'sent', transport: 'log', providerId: null });
    expect(logs.text).toContain(row.id);
    expect(logs.text).toContain('referral.received');
    expect(logs.text).not.toMatch(/manager@|emf-settat|SN-2026|new referral/);
  });

  it('blanks the recipient of finished messages after the retention period', async () => {
    const { runAt } = start({ sms: scriptedTransport() });
    await queue({ dedupeKey: 'sent-one' });
    await queue({ dedupeKey: 'still-waiting' }, later(DAY_MS * 40));
    await runAt(T0);
    const db = database().db;
    expect(await purgeNotificationRecipients(db, later(29 * DAY_MS), 30)).toBe(0);
    expect(await purgeNotificationRecipients(db, later(31 * DAY_MS), 30)).toBe(1);
    const [sent, waiting] = await db
      .select()
      .from(notificationOutbox)
      .orderBy(sql`${notificationOutbox.dedupeKey} = 'still-waiting'`);
    expect(sent).toMatchObject({ dedupeKey: 'sent-one', recipientEnc: null, state: 'sent' });
    expect(sent?.purgedAt).toEqual(later(31 * DAY_MS));
    expect(waiting?.recipientEnc).not.toBeNull();
    // The dedupe key outlives the address: a late repeat still writes nothing.
    expect(await queue({ dedupeKey: 'sent-one' })).toBe(false);
  });
});
