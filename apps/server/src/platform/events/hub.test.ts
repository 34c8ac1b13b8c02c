import { expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import { describeEachEngine } from '../../testing/database.ts';
import { eventually } from '../../intake/test-support.ts';
import { createLiveHub, type LiveEventRow } from './hub.ts';
import { publishEvent } from './publish.ts';

const silent = createLogger('silent');

describeEachEngine('the live hub', (database, engine) => {
  const collect = async () => {
    const hub = createLiveHub(database(), silent);
    const received: LiveEventRow[] = [];
    const subscription = await hub.subscribe((event) => received.push(event));
    return { hub, received, subscription };
  };

  it('hands every committed event to every consumer, once, in order, not rolled-back ones', async () => {
    const { hub, received, subscription } = await collect();
    const other: number[] = [];
    await hub.subscribe((event) => other.push(event.id));
    const db = database().db;
    const first = await publishEvent(db, { kind: 'case.queued', audience: 'helpline' });
    await db
      .transaction(async (tx) => {
        await publishEvent(tx, { kind: 'alert.urgent', audience: 'helpline' });
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    const second = await publishEvent(db, { kind: 'case.updated', audience: 'helpline' });
    await eventually(() => received.length >= 2 && other.length >= 2);
    expect(subscription.position).toBeLessThan(first);
    expect(received.map((event) => event.id)).toEqual([first, second]);
    expect(other).toEqual([first, second]);
    expect(received[0]).toMatchObject({ kind: 'case.queued', audience: 'helpline', payload: {} });
    await hub.close();
  });

  it('stops handing events to a consumer that unsubscribed', async () => {
    const { hub, received, subscription } = await collect();
    subscription.unsubscribe();
    const kept: number[] = [];
    await hub.subscribe((event) => kept.push(event.id));
    await publishEvent(database().db, { kind: 'case.queued', audience: 'helpline' });
    await eventually(() => kept.length > 0);
    expect(kept).toHaveLength(1);
    expect(received).toHaveLength(0);
    await hub.close();
  });

  if (engine !== 'postgres') return;

  it('delivers an event whose transaction took a lower id but committed later', async () => {
    const { hub, received } = await collect();
    const db = database().db;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let slowId = 0;
    const slow = db.transaction(async (tx) => {
      slowId = await publishEvent(tx, { kind: 'case.queued', audience: 'helpline' });
      await held;
    });
    await eventually(() => slowId > 0);
    const fast = await publishEvent(db, { kind: 'case.updated', audience: 'helpline' });
    await eventually(() => received.length >= 1);
    release();
    await slow;
    await eventually(() => received.length >= 2);
    expect(received.map((event) => event.id)).toEqual([fast, slowId]);
    await hub.close();
  });

  it('comes back after its connection is cut, and catches up on what it missed', async () => {
    const { hub, received } = await collect();
    const killed = await database().sql.query<{ pid: number }>(
      `SELECT pg_terminate_backend(pid) AS pid FROM pg_stat_activity
        WHERE datname = current_database() AND query ILIKE 'LISTEN%' AND pid <> pg_backend_pid()`,
    );
    expect(killed.length).toBeGreaterThan(0);
    // Published while the hub is deaf: its notification is lost, the row is not.
    const missed = await publishEvent(database().db, { kind: 'case.queued', audience: 'helpline' });
    for (let i = 0; i < 100 && received.length === 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    expect(received.map((event) => event.id)).toEqual([missed]);
    const after = await publishEvent(database().db, { kind: 'case.updated', audience: 'helpline' });
    await eventually(() => received.length >= 2);
    expect(received.map((event) => event.id)).toEqual([missed, after]);
    await hub.close();
  });
});
