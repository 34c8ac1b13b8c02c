import { and, eq, like } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fileReport } from '../cases/test-support.ts';
import {
  cases,
  jobs,
  liveEvents,
  notificationOutbox,
  referralBreaches,
  referrals,
} from '../db/schema/index.ts';
import { startJobRunner } from '../platform/jobs/runner.ts';
import { createLogger } from '../platform/logger.ts';
import { buildTestApp, testKeyring } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import type { ReferralClock } from './clock.ts';
import { referralJobHandlers } from './jobs.ts';
import type { ReferralView } from './schemas.ts';
import { refer, referralNetwork, step } from './test-support.ts';

/** One-minute deadlines for HIGH referrals, so a test can step past them with a fake clock. */
const CLOCK: ReferralClock = {
  deadlines: { spans: { high: { acknowledge: { minutes: 1 }, accept: { minutes: 1 } } } },
};
const silent = createLogger('silent');
const keyring = testKeyring();
const minutes = (from: Date, n: number) => new Date(from.getTime() + n * 60_000 + 1_000);

/**
 * A referral nobody answers: its deadline is a durable job, so the node that sent it can go away;
 * a fresh runner escalates to the institution's managers, then to the supervisors with the next
 * institution proposed, counting the breach once — and an answer in time stops the clock.
 */
describeEachEngine('referral deadlines and escalation', (database) => {
  let app: FastifyInstance;
  let net: Awaited<ReturnType<typeof referralNetwork>>;
  beforeAll(async () => {
    app = await buildTestApp(database(), { referralClock: CLOCK, keyring });
    net = await referralNetwork(app, database().db);
  });
  afterAll(async () => {
    await app.close();
  });

  const sendHigh = async (): Promise<ReferralView> => {
    const { db } = database();
    const { caseId } = await fileReport(app, db);
    await db.update(cases).set({ urgency: 'high' }).where(eq(cases.id, caseId));
    return refer(net.listener, caseId, {
      institutionId: net.gendarmerie,
      services: ['accompaniment', 'listening'],
      consent: { channel: 'phone' },
    });
  };

  it('escalates to managers, then supervisors with a next institution, across a restart', async () => {
    const { db } = database();
    const referral = await sendHigh();
    const sentAt = new Date(referral.sentAt ?? '');
    expect(new Date(referral.acknowledgeDueAt ?? '').getTime() - sentAt.getTime()).toBe(60_000);
    const handlers = referralJobHandlers(CLOCK, keyring);

    const first = startJobRunner(db, handlers, silent, { pollMs: 3_600_000 });
    expect(await first.runDue(new Date(sentAt.getTime() + 30_000))).toBe(0); // not due yet
    await first.stop(); // the node goes away before the deadline

    const second = startJobRunner(db, handlers, silent, { pollMs: 3_600_000 });
    try {
      expect(await second.runDue(minutes(sentAt, 1))).toBe(1);
      const [afterOne] = await db.select().from(referrals).where(eq(referrals.id, referral.id));
      expect(afterOne?.escalation).toBe(1);
      const breaches = await db
        .select()
        .from(referralBreaches)
        .where(eq(referralBreaches.referralId, referral.id));
      expect(breaches).toEqual([
        expect.objectContaining({ stage: 'acknowledge', institutionId: net.gendarmerie }),
      ]);
      const toManagers = await db
        .select()
        .from(liveEvents)
        .where(
          and(eq(liveEvents.kind, 'referral.overdue'), eq(liveEvents.caseId, referral.caseId)),
        );
      expect(toManagers).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            audience: 'institution_managers',
            institutionId: net.gendarmerie,
          }),
        ]),
      );
      // The manager sees it overdue; the agent's inbox too.
      const seen = await net.manager.request('GET', `/api/v1/referrals/${referral.id}`);
      expect(seen.json<{ referral: ReferralView }>().referral).toMatchObject({
        overdue: 'acknowledge',
        escalation: 1,
      });

      expect(await second.runDue(minutes(sentAt, 2))).toBe(1);
      expect(await second.runDue(minutes(sentAt, 30))).toBe(0); // nothing more after the supervisors
    } finally {
      await second.stop();
    }
    const [afterTwo] = await db.select().from(referrals).where(eq(referrals.id, referral.id));
    expect(afterTwo?.escalation).toBe(2);
    expect(afterTwo?.nextInstitutionId).not.toBeNull();
    expect(afterTwo?.nextInstitutionId).not.toBe(net.gendarmerie);
    const toSupervisors = await db
      .select()
      .from(liveEvents)
      .where(
        and(
          eq(liveEvents.kind, 'referral.overdue'),
          eq(liveEvents.caseId, referral.caseId),
          eq(liveEvents.audience, 'supervisors'),
        ),
      );
    expect(toSupervisors).toHaveLength(1);
    const listed = await net.listener.request('GET', `/api/v1/referrals/${referral.id}`);
    expect(listed.json<{ referral: ReferralView }>().referral.nextProposal?.id).toBe(
      afterTwo?.nextInstitutionId,
    );
    const breaches = await db
      .select()
      .from(referralBreaches)
      .where(eq(referralBreaches.referralId, referral.id));
    expect(breaches).toHaveLength(1);
    const mails = await db
      .select({ template: notificationOutbox.template, key: notificationOutbox.dedupeKey })
      .from(notificationOutbox)
      .where(like(notificationOutbox.dedupeKey, `referral.overdue:${referral.id}%`));
    expect(mails).toEqual(
      expect.arrayContaining([
        {
          template: 'referral.overdue_manager',
          key: `referral.overdue:${referral.id}:acknowledge:1:${net.manager.userId}`,
        },
        {
          template: 'referral.overdue_supervisor',
          key: `referral.overdue:${referral.id}:acknowledge:2:${net.supervisor.userId}`,
        },
      ]),
    );
  });

  it('stops the clock when the institution answers in time, and starts the next one', async () => {
    const { db } = database();
    let referral = await sendHigh();
    referral = await step(net.agent, referral, 'acknowledged');
    const timers = await db
      .select({ key: jobs.singletonKey, state: jobs.state })
      .from(jobs)
      .where(eq(jobs.name, 'referral.deadline'));
    expect(timers).toEqual(
      expect.arrayContaining([
        { key: `${referral.id}:acknowledge`, state: 'cancelled' },
        { key: `${referral.id}:accept`, state: 'pending' },
      ]),
    );
    referral = await step(net.agent, referral, 'accepted');
    const runner = startJobRunner(db, referralJobHandlers(CLOCK, keyring), silent, {
      pollMs: 3_600_000,
    });
    try {
      await runner.runDue(minutes(new Date(), 10));
    } finally {
      await runner.stop();
    }
    const breaches = await db
      .select()
      .from(referralBreaches)
      .where(eq(referralBreaches.referralId, referral.id));
    expect(breaches).toEqual([]);
  });
});
