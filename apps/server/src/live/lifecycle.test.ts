import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { staffSessions, staffUsers } from '../db/schema/index.ts';
import { hashToken, revokeSession } from '../identity/sessions.ts';
import { buildTestApp } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import { as } from '../testing/staff-session.ts';
import { connectSse, listenOnLoopback } from './test-support.ts';

const FAST = { heartbeatMs: 50, presenceMs: 50 };

describeEachEngine('the end of a console live stream', (database) => {
  it('comes with the session: signed out, idle too long, or account disabled', async () => {
    const app = await buildTestApp(database(), { liveTimings: FAST });
    try {
      const base = await listenOnLoopback(app);
      const db = database().db;
      const endings: Record<string, (userId: string, token: string) => Promise<void>> = {
        'signed out': (_userId, token) => revokeSession(db, token, new Date()),
        'idle too long': async (_userId, token) => {
          await db
            .update(staffSessions)
            .set({ lastSeenAt: new Date(Date.now() - 16 * 60_000) })
            .where(eq(staffSessions.tokenHash, hashToken(token)));
        },
        'account disabled': async (userId) => {
          await db
            .update(staffUsers)
            .set({ disabledAt: new Date() })
            .where(eq(staffUsers.id, userId));
        },
      };
      for (const [why, end] of Object.entries(endings)) {
        const listener = await as(app, db, 'listener');
        const client = await connectSse(base, { token: listener.token });
        await client.waitFor((f) => f.event === 'ready');
        // Pings keep coming while the session lives: the stream does not end on its own.
        await client.waitFor((f) => f.event === 'comment' && f.data === 'ping');
        await end(listener.userId, listener.token);
        const ended = await Promise.race([
          client.ended.then(() => 'ended'),
          new Promise((resolve) => {
            setTimeout(() => {
              resolve('still open');
            }, 2_000);
          }),
        ]);
        expect(ended, why).toBe('ended');
        const again = await connectSse(base, { token: listener.token });
        expect(again.status, why).toBe(401);
      }
    } finally {
      await app.close();
    }
  });

  it('does not keep the session alive by itself', async () => {
    const app = await buildTestApp(database(), { liveTimings: FAST });
    try {
      const base = await listenOnLoopback(app);
      const db = database().db;
      const listener = await as(app, db, 'listener');
      const where = eq(staffSessions.tokenHash, hashToken(listener.token));
      const client = await connectSse(base, { token: listener.token });
      await client.waitFor((f) => f.event === 'ready');
      // Old enough that any request would refresh it (refreshes are at most once a minute).
      const twoMinutesAgo = new Date(Date.now() - 2 * 60_000);
      await db.update(staffSessions).set({ lastSeenAt: twoMinutesAgo }).where(where);
      await client.waitFor((f) => f.event === 'comment', 2_000, client.frames.length + 3);
      const [row] = await db
        .select({ lastSeenAt: staffSessions.lastSeenAt })
        .from(staffSessions)
        .where(where);
      expect(row?.lastSeenAt.getTime()).toBe(twoMinutesAgo.getTime());
      client.close();
    } finally {
      await app.close();
    }
  });

  it('ends open streams when the app closes, without waiting for the consoles', async () => {
    const app = await buildTestApp(database());
    const base = await listenOnLoopback(app);
    const clients = await Promise.all(
      [1, 2, 3].map(async () =>
        connectSse(base, { token: (await as(app, database().db, 'listener')).token }),
      ),
    );
    for (const client of clients) await client.waitFor((f) => f.event === 'ready');
    const started = performance.now();
    await app.close();
    expect(performance.now() - started).toBeLessThan(2_000);
    await Promise.all(clients.map((client) => client.ended));
  });
});
