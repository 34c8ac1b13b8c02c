import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import { buildTestApp, LogCapture } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import { AppError } from './errors.ts';

/** Routes that exist only in this test, to drive each branch of the error policy. */
function registerProbeRoutes(app: FastifyInstance): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.post(
    '/probe/echo',
    {
      config: { access: 'public' },
      schema: {
        body: z.strictObject({
          name: z.string().min(2),
          age: z.number().int().max(120),
          urgency: z.enum(['high', 'standard']),
        }),
        querystring: z.object({ page: z.coerce.number().int().min(1).optional() }),
      },
    },
    (request) => ({ ok: true, name: request.body.name }),
  );
  typed.get('/probe/conflict', { config: { access: 'public' } }, () => {
    throw new AppError('conflict');
  });
  typed.get('/probe/crash', { config: { access: 'public' } }, () => {
    throw new Error('database password is hunter2');
  });
}

describeEachEngine('the error envelope', (database) => {
  let app: FastifyInstance;
  const logs = new LogCapture();
  beforeAll(async () => {
    app = await buildTestApp(database(), { logs, register: registerProbeRoutes });
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers an unknown route with not_found, in Arabic by default', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      error: {
        code: 'not_found',
        message: 'غير موجود.',
        messageKey: 'errors.not_found',
        requestId: expect.any(String) as string,
      },
    });
  });

  it('translates the message from Accept-Language', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/nope',
      headers: { 'accept-language': 'fr-MA,fr;q=0.9' },
    });
    expect(response.json()).toMatchObject({
      error: { code: 'not_found', message: 'Introuvable.' },
    });
  });

  it('names every refused field, each with its own translated reason', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/probe/echo?page=0',
      headers: { 'accept-language': 'en' },
      payload: { name: 'A', age: 'old', urgency: 'now', extra: true },
    });
    expect(response.statusCode).toBe(400);
    const body = response.json<{
      error: { code: string; fields: { field: string; issue: string; message: string }[] };
    }>();
    expect(body.error.code).toBe('validation_failed');
    const byField = Object.fromEntries(body.error.fields.map((f) => [f.field, f.issue]));
    expect(byField).toMatchObject({
      'body.name': 'too_small',
      'body.age': 'invalid_type',
      'body.urgency': 'invalid_choice',
      'body.extra': 'unknown_field',
    });
    expect(body.error.fields.find((f) => f.field === 'body.name')?.message).toBe(
      'The value is too short or too small.',
    );
  });

  it('reports a missing field as required', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/probe/echo',
      payload: { age: 3, urgency: 'high' },
    });
    expect(response.json()).toMatchObject({
      error: {
        code: 'validation_failed',
        fields: [{ field: 'body.name', issue: 'required', messageKey: 'fields.required' }],
      },
    });
  });

  it('names query-string fields as query.*', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/probe/echo?page=0',
      payload: { name: 'Amal', age: 30, urgency: 'high' },
    });
    expect(response.json()).toMatchObject({
      error: { fields: [{ field: 'query.page', issue: 'too_small' }] },
    });
  });

  it('accepts a valid request', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/probe/echo',
      payload: { name: 'Amal', age: 30, urgency: 'high' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ok: true, name: 'Amal' });
  });

  it('answers malformed JSON with malformed_request', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/probe/echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": "Am',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'malformed_request' } });
  });

  it('refuses an oversized body with payload_too_large', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/probe/echo',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(70 * 1024), age: 1, urgency: 'high' }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ error: { code: 'payload_too_large' } });
  });

  it('refuses an unsupported content type', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/probe/echo',
      headers: { 'content-type': 'text/xml' },
      payload: '<a/>',
    });
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({ error: { code: 'unsupported_media_type' } });
  });

  it('keeps the code of an AppError', async () => {
    const response = await app.inject({ method: 'GET', url: '/probe/conflict' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      error: { code: 'conflict', messageKey: 'errors.conflict' },
    });
  });

  it('hides an unexpected error behind internal_error and logs it for operators', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/probe/crash',
      headers: { 'accept-language': 'en' },
    });
    expect(response.statusCode).toBe(500);
    const body = response.json<{ error: { code: string; message: string; requestId: string } }>();
    expect(body.error.code).toBe('internal_error');
    expect(JSON.stringify(body)).not.toContain('hunter2');
    expect(logs.text).toContain(body.error.requestId);
  });
});
