import type { FastifyInstance } from 'fastify';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import { CONSENTS, newKey, submit } from './test-support.ts';

describeEachEngine('public submission limits', (database) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    // A general limit of 10 a minute leaves one submission a minute per address.
    app = await buildTestApp(database(), { rateLimits: { perAddress: 10, signInPerAddress: 10 } });
  });
  afterAll(async () => {
    await app.close();
  });

  it('refuses a body over 16 KiB before reading it', async () => {
    const response = await submit(app, 'reports', {
      kind: 'violence',
      language: 'ar',
      narrative: 'x'.repeat(17_000),
      consents: CONSENTS,
    });
    expect(response.statusCode).toBe(413);
  });

  it('limits submissions per address and per minute', async () => {
    const send = (remoteAddress: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/public/reports',
        headers: { 'idempotency-key': newKey() },
        payload: { kind: 'urgent', language: 'ar', consents: CONSENTS },
        remoteAddress,
      });
    expect((await send('10.9.0.1')).statusCode).toBe(201);
    const refused = await send('10.9.0.1');
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBeDefined();
    expect((await send('10.9.0.2')).statusCode).toBe(201);
  });
});

/** The survivor app imports `@sanad/core/intake` on its first screen: it must stay light. */
describe('@sanad/core/intake', () => {
  it('reaches neither zod nor the territory data', () => {
    const root = path.resolve(import.meta.dirname, '../../../../packages/core/src');
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = fs.readFileSync(file, 'utf8');
      for (const [, spec = ''] of source.matchAll(/from '([^']+)'/g)) {
        expect(spec.startsWith('.'), `${file} imports ${spec}`).toBe(true);
        visit(path.resolve(path.dirname(file), spec));
      }
    };
    visit(path.join(root, 'intake/index.ts'));
    expect([...seen].some((f) => f.includes('territory'))).toBe(false);
    expect(seen.size).toBeGreaterThan(5);
  });
});
