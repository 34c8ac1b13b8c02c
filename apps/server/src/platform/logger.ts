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
 * Errors keep what operators need (type, code, message, stack) and lose what may quote data:
 * PostgreSQL's `detail` and `where` can hold a row's values, and request validation errors
 * their input. The message is named `reason` so the `message` redaction does not blank it.
 */
function serializeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const { code } = error as { code?: unknown };
  return {
    type: error.name,
    ...(typeof code === 'string' ? { code } : {}),
    reason: error.message,
    stack: error.stack,
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
