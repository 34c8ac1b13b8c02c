/**
 * Errors that say "not now", not "never": the database is unreachable or restarting, refuses new
 * connections, or chose this transaction as the victim of a deadlock or a serialization conflict.
 * The request did not commit, so the client may send it again — with its Idempotency-Key, a
 * report is never stored twice — and the answer is 503 with `Retry-After`, never a 500.
 */

/** Node's socket errors while connecting to, or talking with, the database. */
const SOCKET_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
]);

/**
 * PostgreSQL SQLSTATEs: connection exceptions (class 08), operator intervention (57P01–57P03:
 * shutdown, crash, cannot connect now), too many connections (53300), and the transaction
 * rollbacks a retry cures (40001 serialization failure, 40P01 deadlock).
 */
const SQLSTATES: ReadonlySet<string> = new Set([
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '40001',
  '40P01',
]);

/** node-postgres's own words when a connection ends or cannot be had. */
const DRIVER_MESSAGES: readonly RegExp[] = [
  /^Connection terminated/,
  /Client has encountered a connection error/,
  /timeout exceeded when trying to connect/,
  /Client was closed and is not queryable/,
];

/** How long a client should wait before sending the request again. */
export const RETRY_AFTER_SECONDS = 2;

/** True when `error`, or an error it wraps (`cause`), is a transient database failure. */
export function isTransientDatabaseError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && typeof current === 'object' && current !== null; depth += 1) {
    const { code, message, cause } = current as {
      code?: unknown;
      message?: unknown;
      cause?: unknown;
    };
    if (typeof code === 'string' && (SOCKET_CODES.has(code) || SQLSTATES.has(code))) return true;
    if (typeof code === 'string' && code.startsWith('08') && code.length === 5) return true;
    if (typeof message === 'string' && DRIVER_MESSAGES.some((words) => words.test(message))) {
      return true;
    }
    current = cause;
  }
  return false;
}

/**
 * SQLSTATE 22021 (a byte sequence invalid in UTF-8 — PostgreSQL's answer to a NUL character in
 * text) and 22P05 (a character the encoding cannot represent): the request's text cannot be
 * stored or searched as sent. Not transient: the same request fails again.
 */
export function isUnstorableText(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && typeof current === 'object' && current !== null; depth += 1) {
    const { code, cause } = current as { code?: unknown; cause?: unknown };
    if (code === '22021' || code === '22P05') return true;
    current = cause;
  }
  return false;
}
