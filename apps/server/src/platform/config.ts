import path from 'node:path';
import type { DeadlineConfig } from '@sanad/core';
import { z } from 'zod';
import { parseReferralDeadlines } from '../referrals/deadline-config.ts';

/**
 * Sanad's configuration, read once from the environment and validated before anything starts.
 * Each bad value is reported with the variable's name and what is expected, never with the
 * value itself when it may be a secret (a database password, the master key).
 */
export interface Config {
  readonly port: number;
  readonly host: string;
  /** PostgreSQL connection string; absent means the embedded database under `dataDir`. */
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  /** 32-byte master key (base64 in the environment); absent means a key file in embedded mode. */
  readonly masterKey: Buffer | undefined;
  readonly logLevel: LogLevel;
  /** Seed demo data on first start of an empty embedded database. */
  readonly seedDemo: boolean;
  /** Where the built survivor and console apps are; tests point this elsewhere or nowhere. */
  readonly webRoot: string;
  /** Requests per minute per client address (sign-in steps have their own, tighter limit). */
  readonly rateLimitPerMinute: number;
  /**
   * Which proxies to believe about the client's address (`X-Forwarded-For`): without this,
   * behind a reverse proxy every survivor would share the proxy's address and its rate limit.
   */
  readonly trustProxy: string | false;
  /** Survivor app disguised as an ordinary app on her phone (per deployment). */
  readonly disguise: 'weather' | undefined;
  /**
   * How long an urgent case may wait unclaimed before the supervisors on duty are alerted (and
   * again each period). Per deployment: a helpline with few listeners at night may want longer.
   */
  readonly urgentClaimSeconds: number;
  /** Overrides of the referral deadlines table (`SANAD_REFERRAL_DEADLINES`). */
  readonly referralDeadlines: DeadlineConfig;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export class ConfigError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(
      `Sanad cannot start: invalid configuration\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

const REPO_ROOT = path.resolve(import.meta.dirname, '../../../..');

const portSchema = z
  .string()
  .regex(/^\d+$/, 'must be a whole number between 0 and 65535')
  .transform(Number)
  .refine((n) => n <= 65535, 'must be a whole number between 0 and 65535');

const databaseUrlSchema = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return url.protocol === 'postgres:' || url.protocol === 'postgresql:';
  } catch {
    return false;
  }
}, 'must be a PostgreSQL URL such as postgres://user:password@host:5432/sanad');

const masterKeySchema = z
  .string()
  .transform((value) => Buffer.from(value, 'base64'))
  .refine(
    (key) => key.length === 32,
    'must be 32 random bytes in base64 (generate one with: openssl rand -base64 32)',
  );

const booleanSchema = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  PORT: portSchema.default(8080),
  HOST: z.string().min(1, 'must not be empty').default('127.0.0.1'),
  DATABASE_URL: databaseUrlSchema.optional(),
  SANAD_DATA_DIR: z.string().min(1, 'must not be empty').default('./data'),
  SANAD_MASTER_KEY: masterKeySchema.optional(),
  LOG_LEVEL: z
    .enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` })
    .default('info'),
  SANAD_SEED_DEMO: booleanSchema.optional(),
  SANAD_WEB_ROOT: z.string().min(1).optional(),
  SANAD_RATE_LIMIT: z
    .string()
    .regex(/^[1-9]\d*$/, 'must be a whole number of requests per minute, at least 1')
    .transform(Number)
    .default(600),
  SANAD_DISGUISE: z.enum(['none', 'weather'], { error: 'must be none or weather' }).optional(),
  SANAD_TRUST_PROXY: z
    .string()
    .regex(/^[\w.:/,\s-]+$/, 'must list proxy addresses or ranges, e.g. 127.0.0.1 or loopback')
    .optional(),
  SANAD_URGENT_CLAIM_SECONDS: z
    .string()
    .regex(/^\d+$/, 'must be a whole number of seconds between 10 and 3600')
    .transform(Number)
    .refine((n) => n >= 10 && n <= 3600, 'must be a whole number of seconds between 10 and 3600')
    .default(120),
  SANAD_REFERRAL_DEADLINES: z
    .string()
    .transform((text, context) => {
      const parsed = parseReferralDeadlines(text);
      if ('problem' in parsed) {
        context.addIssue({ code: 'custom', message: parsed.problem });
        return z.NEVER;
      }
      return parsed;
    })
    .optional(),
});

/** Reads the configuration from `env`; throws a `ConfigError` naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings count as unset: `PORT= npm start` should mean "the default".
  const present = Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== ''),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`),
    );
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.SANAD_DATA_DIR),
    masterKey: e.SANAD_MASTER_KEY,
    logLevel: e.LOG_LEVEL,
    seedDemo: e.SANAD_SEED_DEMO ?? e.DATABASE_URL === undefined,
    webRoot: path.resolve(e.SANAD_WEB_ROOT ?? path.join(REPO_ROOT, 'apps')),
    rateLimitPerMinute: e.SANAD_RATE_LIMIT,
    trustProxy: e.SANAD_TRUST_PROXY ?? false,
    disguise: e.SANAD_DISGUISE === 'weather' ? 'weather' : undefined,
    urgentClaimSeconds: e.SANAD_URGENT_CLAIM_SECONDS,
    referralDeadlines: e.SANAD_REFERRAL_DEADLINES ?? {},
  };
}
