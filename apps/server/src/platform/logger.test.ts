import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildTestApp, LogCapture } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import { createLogger } from './logger.ts';

const PERSONAL = {
  name: 'Fatima Zahra Benali',
  phone: '0612345678',
  address: '12 rue des Orangers, Settat',
  narrative: 'He hit me with a belt',
  password: 'hunter2-hunter2',
};

describe('the logger', () => {
  it('censors personal fields at any depth', () => {
    const capture = new LogCapture();
    const log = createLogger('info', capture);
    log.info(
      {
        ...PERSONAL,
        survivor: { ...PERSONAL, contact: { phone: PERSONAL.phone, note: 'call after 6' } },
      },
      'intake',
    );
    for (const value of [...Object.values(PERSONAL), 'call after 6'])
      expect(capture.text).not.toContain(value);
    expect(capture.text).toContain('[redacted]');
  });
});

describe('logged errors', () => {
  it('keep the SQL of a failed query but never the values bound to it', () => {
    const capture = new LogCapture();
    const log = createLogger('info', capture);
    const driver = Object.assign(new Error('duplicate key value'), { code: '23505' });
    const failed = new Error(
      `Failed query: insert into "persons" ("phone") values ($1)\nparams: ${PERSONAL.phone},${PERSONAL.name}`,
      { cause: driver },
    );
    log.error({ err: failed }, 'insert failed');
    expect(capture.text).not.toContain(PERSONAL.phone);
    expect(capture.text).not.toContain(PERSONAL.name);
    expect(capture.text).toContain('insert into');
    expect(capture.text).toContain('params: [redacted]');
    // The driver's SQLSTATE, behind Drizzle's wrapper, is kept for operators.
    expect(capture.text).toContain('23505');
  });
});

describeEachEngine('request logs', (database) => {
  let app: FastifyInstance;
  const logs = new LogCapture();
  beforeAll(async () => {
    app = await buildTestApp(database(), {
      logs,
      register(instance) {
        instance.withTypeProvider<ZodTypeProvider>().post(
          '/probe/report/:trackingCode',
          {
            config: { access: 'public' },
            schema: { body: z.object({ name: z.string(), phone: z.string().min(20) }) },
          },
          () => ({ ok: true }),
        );
      },
    });
  });
  afterAll(async () => {
    await app.close();
  });

  it('never contain bodies, query strings, paths with codes, or client addresses', async () => {
    await app.inject({
      method: 'POST',
      url: '/probe/report/TRK-SECRET-42?phone=0699887766',
      payload: { name: PERSONAL.name, phone: PERSONAL.phone },
      remoteAddress: '203.0.113.77',
    });
    await app.inject({ method: 'GET', url: '/unknown/TRK-OTHER-SECRET' });
    expect(logs.lines.length).toBeGreaterThan(0);
    for (const value of [
      PERSONAL.name,
      PERSONAL.phone,
      '0699887766',
      'TRK-SECRET-42',
      'TRK-OTHER-SECRET',
      '203.0.113.77',
    ]) {
      expect(logs.text).not.toContain(value);
    }
    expect(logs.text).toContain('/probe/report/:trackingCode');
  });
});
