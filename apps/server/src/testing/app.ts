import type { FastifyInstance } from 'fastify';
import { Writable } from 'node:stream';
import { buildApp } from '../app.ts';
import type { Database } from '../db/database.ts';
import { readMigrations } from '../db/migrate.ts';
import { randomBytes } from 'node:crypto';
import { keyringOf, type Keyring } from '../platform/crypto/keyring.ts';
import type { RateLimits } from '../http/security.ts';
import type { ReferralClock } from '../referrals/clock.ts';
import type { LiveTimings } from '../live/stream.ts';
import type { QueueDeadlines } from '../queue/deadlines.ts';
import { createLogger } from '../platform/logger.ts';
import { masterKeyFrom } from '../platform/master-key.ts';

/** Captures what the server logs, so tests can prove what never reaches the logs. */
export class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  }
  get text(): string {
    return this.lines.join('\n');
  }
}

/** A keyring with a fresh random master key, as a test database needs. */
export function testKeyring(): Keyring {
  return keyringOf(masterKeyFrom(randomBytes(32)));
}

/** The real application over a test database, without listening (requests via `inject`). */
export async function buildTestApp(
  database: Database,
  options: {
    logs?: LogCapture;
    register?: (app: FastifyInstance) => void;
    keyring?: Keyring;
    rateLimits?: RateLimits;
    deadlines?: QueueDeadlines;
    liveTimings?: LiveTimings;
    referralClock?: ReferralClock;
  } = {},
): Promise<FastifyInstance> {
  const app = await buildApp({
    database,
    migrations: readMigrations(),
    logger: createLogger(options.logs ? 'info' : 'silent', options.logs),
    webRoot: undefined,
    keyring: options.keyring ?? testKeyring(),
    // Tests share one client address; the limits have a test of their own.
    rateLimits: options.rateLimits ?? { perAddress: 100_000, signInPerAddress: 100_000 },
    ...(options.deadlines !== undefined ? { deadlines: options.deadlines } : {}),
    ...(options.liveTimings !== undefined ? { liveTimings: options.liveTimings } : {}),
    ...(options.referralClock !== undefined ? { referralClock: options.referralClock } : {}),
  });
  options.register?.(app);
  await app.ready();
  return app;
}
