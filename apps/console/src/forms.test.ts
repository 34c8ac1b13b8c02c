import { describe, expect, it } from 'vitest';
import { ApiError } from './api/client.ts';
import { formFieldName, problemOf, unplacedFields } from './forms.ts';
import { messages } from './i18n/messages.ts';

const t = messages.en;

describe('problemOf', () => {
  it('keeps the server’s translated texts and names fields as the form does', () => {
    const problem = problemOf(
      new ApiError({
        status: 400,
        code: 'validation_failed',
        serverMessage: 'Certaines informations ne sont pas valides.',
        fields: [
          { field: 'body.email', issue: 'invalid_format', message: 'Format invalide.' },
          { field: 'body.email', issue: 'too_big', message: 'Trop long.' },
          { field: 'body.contact.phone', issue: 'invalid', message: 'Invalide.' },
        ],
      }),
      t,
    );
    expect(problem).toEqual({
      code: 'validation_failed',
      message: 'Certaines informations ne sont pas valides.',
      fields: { email: 'Format invalide.', 'contact.phone': 'Invalide.' },
      retryAfterSeconds: undefined,
    });
    expect(unplacedFields(problem, ['email'])).toEqual([['contact.phone', 'Invalide.']]);
  });

  it('translates failures that carry no server message', () => {
    expect(problemOf(new ApiError({ status: 0, code: 'network_error' }), t).message).toBe(
      t.networkError,
    );
    expect(problemOf(new Error('boom'), t).message).toBe(t.unexpectedError);
  });

  it('keeps the wait of a rate limit', () => {
    const error = new ApiError({
      status: 429,
      code: 'rate_limited',
      serverMessage: 'Too many attempts.',
      retryAfterSeconds: 30,
    });
    expect(problemOf(error, t).retryAfterSeconds).toBe(30);
  });

  it('names fields without their location prefix', () => {
    expect(formFieldName('body.scopeRegion')).toBe('scopeRegion');
    expect(formFieldName('query.page')).toBe('query.page');
  });
});
