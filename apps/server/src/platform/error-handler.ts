import {
  ERROR_CATALOGUE,
  FIELD_ISSUES,
  negotiateLocale,
  type ErrorBody,
  type ErrorCode,
  type FieldIssue,
} from '@sanad/core';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';
import { AppError, type FieldProblem } from './errors.ts';
import {
  isTransientDatabaseError,
  isUnstorableText,
  RETRY_AFTER_SECONDS,
} from './transient-errors.ts';

/** Builds the error envelope in the reader's language (from `Accept-Language`). */
export function errorBody(
  request: FastifyRequest,
  code: ErrorCode,
  fields: readonly FieldProblem[] = [],
  current?: Readonly<Record<string, unknown>>,
): ErrorBody {
  const locale = negotiateLocale(request.headers['accept-language']);
  return {
    error: {
      code,
      message: ERROR_CATALOGUE[code].message[locale],
      messageKey: `errors.${code}`,
      requestId: request.id,
      ...(fields.length > 0
        ? {
            fields: fields.map(({ field, issue }) => ({
              field,
              issue,
              messageKey: `fields.${issue}` as const,
              message: FIELD_ISSUES[issue][locale],
            })),
          }
        : {}),
      ...(current !== undefined ? { current } : {}),
    },
  };
}

export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  fields: readonly FieldProblem[] = [],
  current?: Readonly<Record<string, unknown>>,
): FastifyReply {
  return reply.code(ERROR_CATALOGUE[code].status).send(errorBody(request, code, fields, current));
}

const CONTEXT_NAMES: Readonly<Record<string, string>> = {
  body: 'body',
  querystring: 'query',
  params: 'path',
  headers: 'header',
};

/** Maps a Zod issue code (as carried by the type provider) to the shared field vocabulary. */
function fieldIssueOf(keyword: string, message: string): FieldIssue {
  switch (keyword) {
    case 'invalid_type':
      return message.includes('received undefined') ? 'required' : 'invalid_type';
    case 'too_small':
      return 'too_small';
    case 'too_big':
      return 'too_big';
    case 'invalid_format':
    case 'invalid_string':
      return 'invalid_format';
    case 'invalid_value':
    case 'invalid_enum_value':
    case 'invalid_union':
      return 'invalid_choice';
    case 'unrecognized_keys':
      return 'unknown_field';
    default:
      return 'invalid';
  }
}

function joinPath(context: string, instancePath: string): string {
  const rest = instancePath.split('/').filter(Boolean).join('.');
  return rest ? `${context}.${rest}` : context;
}

/**
 * Installs the single error policy: known errors keep their code, validation errors name each
 * field, body-parser errors become `malformed_request`/`payload_too_large`, and anything else
 * is a logged `internal_error` whose details stay on the server.
 */
export function installErrorHandling(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => sendError(request, reply, 'not_found'));

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      const retryAfter = (error as { retryAfterSeconds?: unknown }).retryAfterSeconds;
      if (typeof retryAfter === 'number') void reply.header('retry-after', String(retryAfter));
      if (error.code === 'internal_error') request.log.error({ err: error }, 'internal error');
      return sendError(request, reply, error.code, error.fields, error.current);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = CONTEXT_NAMES[error.validationContext ?? 'body'] ?? 'body';
      const fields = error.validation.flatMap((v): FieldProblem[] => {
        const keys = (v.params as { keys?: unknown }).keys;
        if (v.keyword === 'unrecognized_keys' && Array.isArray(keys)) {
          return keys.map((key) => ({
            field: joinPath(context, `${v.instancePath}/${String(key)}`),
            issue: 'unknown_field',
          }));
        }
        return [
          {
            field: joinPath(context, v.instancePath),
            issue: fieldIssueOf(v.keyword, v.message ?? ''),
          },
        ];
      });
      return sendError(request, reply, 'validation_failed', fields);
    }
    if (error instanceof ZodError) {
      // A command's own validation (rules a body schema cannot express): fields are the body's.
      const fields = error.issues.map((issue): FieldProblem => ({
        field: joinPath('body', `/${issue.path.map(String).join('/')}`),
        issue: fieldIssueOf(issue.code, issue.message),
      }));
      return sendError(request, reply, 'validation_failed', fields);
    }
    switch (error.code) {
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
        return sendError(request, reply, 'malformed_request');
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendError(request, reply, 'payload_too_large');
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendError(request, reply, 'unsupported_media_type');
      default:
        break;
    }
    if (error.statusCode === 429) return sendError(request, reply, 'rate_limited');
    if (isUnstorableText(error)) {
      // A NUL byte, or a character the database cannot hold as UTF-8, in some text: refused
      // whole (the transaction rolled back), never a 500.
      return sendError(request, reply, 'malformed_request');
    }
    if (isTransientDatabaseError(error)) {
      // Nothing was committed; the client sends it again (the same Idempotency-Key for a report).
      request.log.warn({ code: (error as { code?: unknown }).code }, 'database unavailable');
      void reply.header('retry-after', String(RETRY_AFTER_SECONDS));
      return sendError(request, reply, 'service_unavailable');
    }
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      // A client error raised by Fastify or a plugin that has no code of ours yet.
      request.log.warn({ code: error.code, statusCode: error.statusCode }, 'client error');
      return sendError(request, reply, 'malformed_request');
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendError(request, reply, 'internal_error');
  });
}
