import Fastify from 'fastify';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { installErrorHandling } from './error-handler.ts';
import { isTransientDatabaseError, isUnstorableText } from './transient-errors.ts';

const withCode = (code: string) => Object.assign(new Error('database error'), { code });

describe('transient database errors', () => {
  it.each([
    ['connection refused', withCode('ECONNREFUSED'), true],
    ['connection reset', withCode('ECONNRESET'), true],
    ['admin shutdown (57P01)', withCode('57P01'), true],
    ['cannot connect now (57P03)', withCode('57P03'), true],
    ['connection failure (08006)', withCode('08006'), true],
    ['too many connections (53300)', withCode('53300'), true],
    ['deadlock (40P01)', withCode('40P01'), true],
    ['serialization failure (40001)', withCode('40001'), true],
    ['wrapped by the query builder', new Error('Failed query', { cause: withCode('57P01') }), true],
    ['the driver ending a connection', new Error('Connection terminated unexpectedly'), true],
    ['a unique violation (23505)', withCode('23505'), false],
    ['a syntax error (42601)', withCode('42601'), false],
    ['a plain bug', new TypeError('x is undefined'), false],
    ['not an error at all', 'oops', false],
  ])('%s → %s', (_label, error, transient) => {
    expect(isTransientDatabaseError(error)).toBe(transient);
  });

  it('recognises a real refused connection from the driver', async () => {
    // Port 1 on the loopback: nothing listens there.
    const client = new pg.Client({ host: '127.0.0.1', port: 1, connectionTimeoutMillis: 2000 });
    const failure = await client.connect().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(isTransientDatabaseError(failure)).toBe(true);
  });

  it('answers 503 with Retry-After and the envelope, never a 500 with a stack', async () => {
    const app = Fastify({ logger: false });
    installErrorHandling(app);
    app.get('/down', () => {
      throw new Error('Failed query: insert into "cases"', { cause: withCode('57P01') });
    });
    const response = await app.inject({ method: 'GET', url: '/down' });
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('2');
    expect(response.json()).toMatchObject({ error: { code: 'service_unavailable' } });
    expect(response.body).not.toContain('insert into');
    await app.close();
  });

  it('refuses text the database cannot hold (a NUL byte) as a malformed request', async () => {
    expect(isUnstorableText(new Error('Failed query', { cause: withCode('22021') }))).toBe(true);
    expect(isUnstorableText(withCode('23505'))).toBe(false);
    const app = Fastify({ logger: false });
    installErrorHandling(app);
    app.get('/nul', () => {
      throw new Error('Failed query: select … ilike $2', { cause: withCode('22021') });
    });
    const response = await app.inject({ method: 'GET', url: '/nul' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'malformed_request' } });
    await app.close();
  });
});
