import { describe, expect, it } from 'vitest';
import type { Outcome } from '../api/client.ts';
import type { Receipt, Submission } from '../api/types.ts';
import { Outbox, type SealedStore } from './outbox.ts';
import { generateDeviceKey, webCryptoSealer } from './web-crypto-sealer.ts';

function memoryStore(): SealedStore & { items: Map<string, Uint8Array> } {
  const items = new Map<string, Uint8Array>();
  return {
    items,
    all: () => Promise.resolve([...items].map(([id, sealed]) => ({ id, sealed }))),
    put: (id, sealed) => {
      items.set(id, sealed);
      return Promise.resolve();
    },
    remove: (id) => {
      items.delete(id);
      return Promise.resolve();
    },
  };
}

const report: Submission = {
  endpoint: 'reports',
  body: {
    kind: 'violence',
    language: 'ar',
    narrative: 'SECRET-NARRATIVE',
    contact: { phone: '0612345678' },
    consents: { care: true, sharing: false, statistics: false, location: false },
  },
};

const receipt: Receipt = { trackingCode: 'ABCD-EFGH', secret: 'AAAA-BBBB-CCCC-DDDD' };

/** A fake server that creates one case per key, like the real one. */
function fakeServer() {
  const cases = new Map<string, Receipt>();
  let answer: 'ok' | 'offline' | 'lost' | 'refuse' = 'ok';
  const send = (_submission: Submission, key: string): Promise<Outcome<Receipt>> => {
    if (answer === 'offline') return Promise.resolve({ kind: 'unreachable' });
    if (answer === 'refuse') {
      return Promise.resolve({
        kind: 'refused',
        status: 400,
        error: { code: 'validation_failed', message: 'invalid' },
      });
    }
    if (!cases.has(key)) cases.set(key, { ...receipt, trackingCode: `CASE-${String(cases.size)}` });
    // "lost": the server committed, the answer never reached the phone.
    if (answer === 'lost') return Promise.resolve({ kind: 'unreachable' });
    return Promise.resolve({ kind: 'ok', data: cases.get(key) ?? receipt });
  };
  return {
    cases,
    send,
    set(next: typeof answer) {
      answer = next;
    },
  };
}

async function outbox() {
  const store = memoryStore();
  const key = await generateDeviceKey();
  return { store, box: new Outbox(store, webCryptoSealer(key)), key };
}

describe('the offline outbox', () => {
  it('stores nothing readable: the bytes are AES-GCM under a key that cannot be exported', async () => {
    const { store, box, key } = await outbox();
    await box.add(report, 'k1');
    const bytes = store.items.get('k1');
    expect(bytes).toBeDefined();
    const text = new TextDecoder().decode(bytes);
    expect(text).not.toContain('SECRET-NARRATIVE');
    expect(text).not.toContain('0612345678');
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });

  it('cannot be opened with another key, nor moved to another slot; such entries are dropped', async () => {
    const { store, box } = await outbox();
    await box.add(report, 'k1');
    const stolen = store.items.get('k1');
    if (!stolen) throw new Error('not stored');
    const other = new Outbox(memoryStore(), webCryptoSealer(await generateDeviceKey()));
    const elsewhere = memoryStore();
    elsewhere.items.set('k1', stolen);
    expect(
      await new Outbox(elsewhere, webCryptoSealer(await generateDeviceKey())).entries(),
    ).toEqual([]);
    expect(elsewhere.items.size).toBe(0);
    store.items.set('k2', stolen);
    expect((await box.entries()).map((e) => e.id)).toEqual(['k1']);
    expect(await other.entries()).toEqual([]);
  });

  it('waits while offline, then sends once and keeps only the receipt', async () => {
    const { box } = await outbox();
    const server = fakeServer();
    await box.add(report, 'k1');
    server.set('offline');
    expect(await box.flush(server.send)).toEqual({ delivered: 0, failed: 0, waiting: 1 });
    expect((await box.entries())[0]?.state).toBe('pending');
    server.set('ok');
    expect(await box.flush(server.send)).toEqual({ delivered: 1, failed: 0, waiting: 0 });
    const [entry] = await box.entries();
    expect(entry?.state).toBe('delivered');
    expect(entry && 'submission' in entry).toBe(false);
    expect(server.cases.size).toBe(1);
    // Nothing pending any more: a second flush sends nothing.
    expect(await box.flush(server.send)).toEqual({ delivered: 0, failed: 0, waiting: 0 });
    await box.dismiss('k1');
    expect(await box.entries()).toEqual([]);
  });

  it('makes one case even when an answer is lost and the request is sent again', async () => {
    const { box } = await outbox();
    const server = fakeServer();
    await box.add(report, 'k1');
    server.set('lost');
    await box.flush(server.send);
    server.set('ok');
    await box.flush(server.send);
    expect(server.cases.size).toBe(1);
    const [entry] = await box.entries();
    expect(entry?.state === 'delivered' ? entry.receipt.trackingCode : '').toBe('CASE-0');
  });

  it('shares one flush between simultaneous calls', async () => {
    const { box } = await outbox();
    const server = fakeServer();
    let calls = 0;
    const counting: typeof server.send = (submission, key) => {
      calls += 1;
      return server.send(submission, key);
    };
    await box.add(report, 'k1');
    await Promise.all([box.flush(counting), box.flush(counting), box.flush(counting)]);
    expect(calls).toBe(1);
  });

  it('keeps a refusal that will never succeed, visible as failed', async () => {
    const { box } = await outbox();
    const server = fakeServer();
    await box.add(report, 'k1');
    server.set('refuse');
    expect(await box.flush(server.send)).toEqual({ delivered: 0, failed: 1, waiting: 0 });
    const [entry] = await box.entries();
    expect(entry?.state).toBe('failed');
    expect(entry?.state === 'failed' ? entry.message : '').toBe('invalid');
    expect(server.cases.size).toBe(0);
  });
});
