import { pino, type Logger } from 'pino';
import type { LogLevel } from './config.ts';

/**
 * Field names that may carry a survivor's or a staff member's personal data. Logs are read by
 * operators who must never see them, so they are censored wherever they appear (top level or
 * nested up to three levels) — and request bodies, query strings and client addresses are never
 * logged at all (see `serializers`).
 */
export const PERSONAL_FIELDS = [
  'name',
  'fullName',
  'firstName',
  'lastName',
  'displayName',
  'phone',
  'phoneNumber',
  'callbackNumber',
  'email',
  'address',
  'location',
  'latitude',
  'longitude',
  'narrative',
  'notes',
  'note',
  'message',
  'body',
  'password',
  'newPassword',
  'currentPassword',
  'totp',
  'code',
  'secret',
  'trackingSecret',
  'codeWord',
  'token',
  'cookie',
  'authorization',
] as const;

function redactPaths(): string[] {
  const paths: string[] = [];
  for (const field of PERSONAL_FIELDS) {
    paths.push(field, `*.${field}`, `*.*.${field}`, `*.*.*.${field}`);
  }
  return paths;
}

interface LoggedRequest {
  id: string;
  method: string;
  url: string;
  routeOptions?: { url?: string };
}

/**
 * A failed query's message as Drizzle writes it ends with `params: …` — the values bound to the
 * query, which can be a survivor's data. The SQL stays (operators need it); the values go.
 */
const QUERY_PARAMS = /\nparams: [\s\S]*?(?=\n {4}at |$)/;
const withoutParams = (text: string): string => text.replace(QUERY_PARAMS, '\nparams: [redacted]');

/**
 * Errors keep what operators need (type, code, message, stack, and the cause a driver error
 * hides behind) and lose what may quote data: PostgreSQL's `detail` and `where` can hold a row's
 * values, a failed query's parameters are her data, and request validation errors their input.
 * The message is named `reason` so the `message` redaction does not blank it.
 */
function serializeError(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const { code } = error as { code?: unknown };
  // Named `errorCode`, not `code`, when nested: `code` is redacted below the top (a code word).
  const codeField = depth === 0 ? 'code' : 'errorCode';
  return {
    type: error.name,
    ...(typeof code === 'string' ? { [codeField]: code } : {}),
    reason: withoutParams(error.message),
    ...(error.stack !== undefined ? { stack: withoutParams(error.stack) } : {}),
    ...(error.cause instanceof Error && depth < 3
      ? { cause: serializeError(error.cause, depth + 1) }
      : {}),
  };
}

/** One logger for the command line and the HTTP server, with the same redaction. */
export function createLogger(level: LogLevel, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: redactPaths(), censor: '[redacted]' },
      serializers: {
        // The route pattern, not the URL: a path or query may hold a tracking code or a name.
        req: (request: LoggedRequest) => ({
          id: request.id,
          method: request.method,
          route: request.routeOptions?.url ?? '(no route)',
        }),
        res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
        err: serializeError,
      },
    },
    destination,
  );
}
