import type { Logger } from 'pino';
import { z } from 'zod';
import { ConfigError } from '../platform/config.ts';
import { DEFAULT_NOTIFICATION_RETENTION_DAYS } from './purge.ts';
import { smsGatewayTransport } from './sms-gateway-transport.ts';
import { smtpTransport } from './smtp-transport.ts';
import { logTransport, unconfiguredTransport, type Transports } from './transport.ts';

/**
 * How SMS and e-mail leave Sanad, from the environment. A channel without its transport is
 * handled by `SANAD_NOTIFY_FALLBACK`: `log` (the default with the embedded database, i.e. a
 * trial or a developer's machine) counts its messages as sent and logs only their id, template
 * and channel; `fail` (the default with PostgreSQL, i.e. a deployment) marks them failed with
 * `no_transport`, so nobody believes a manager was texted when nothing left the server.
 */
export interface NotificationConfig {
  readonly smtp:
    { readonly url: string; readonly from: string; readonly discreetFrom: string } | undefined;
  readonly smsGateway: { readonly url: string; readonly token: string } | undefined;
  readonly fallback: 'log' | 'fail';
  /** Days a finished message keeps its recipient's address or number before it is blanked. */
  readonly retentionDays: number;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

const urlOf = (value: string): URL | undefined => {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
};

const smtpUrl = z.string().refine((value) => {
  const url = urlOf(value);
  return (
    url !== undefined &&
    (url.protocol === 'smtp:' || url.protocol === 'smtps:') &&
    url.hostname !== ''
  );
}, 'must be an SMTP URL such as smtp://user:password@mail.example.ma:587 (or smtps://…:465)');

/** The number is not checked: a gateway token may be sent over plain HTTP on this machine only. */
const gatewayUrl = z.string().refine((value) => {
  const url = urlOf(value);
  if (url === undefined || url.username !== '' || url.password !== '') return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
}, 'must be an https:// URL without credentials (http:// only to this machine), e.g. https://sms.example.ma/v1/messages');

/** `Name <address>` or a bare address, one line. */
const mailbox = z
  .string()
  .refine(
    (value) => /^(?:[^<>\r\n]*<[^<>@\s]+@[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+)$/.test(value.trim()),
    'must be an address such as Sanad <notifications@sanad.ma> or notifications@sanad.ma',
  );

const envSchema = z
  .object({
    DATABASE_URL: z.string().optional(),
    SANAD_SMTP_URL: smtpUrl.optional(),
    SANAD_MAIL_FROM: mailbox.optional(),
    SANAD_MAIL_FROM_DISCREET: mailbox.optional(),
    SANAD_SMS_GATEWAY_URL: gatewayUrl.optional(),
    SANAD_SMS_GATEWAY_TOKEN: z
      .string()
      .regex(/^[\x21-\x7e]+$/, 'must be printable characters without spaces')
      .optional(),
    SANAD_NOTIFY_FALLBACK: z.enum(['log', 'fail'], { error: 'must be log or fail' }).optional(),
    SANAD_NOTIFY_RETENTION_DAYS: z
      .string()
      .regex(/^\d+$/, 'must be a whole number of days between 1 and 365')
      .transform(Number)
      .refine((n) => n >= 1 && n <= 365, 'must be a whole number of days between 1 and 365')
      .default(DEFAULT_NOTIFICATION_RETENTION_DAYS),
  })
  .superRefine((env, ctx) => {
    const pair = (present: string, missing: string) => {
      ctx.addIssue({
        code: 'custom',
        path: [missing],
        message: `is required when ${present} is set`,
      });
    };
    if (env.SANAD_SMTP_URL !== undefined && env.SANAD_MAIL_FROM === undefined) {
      pair('SANAD_SMTP_URL', 'SANAD_MAIL_FROM');
    }
    if (env.SANAD_MAIL_FROM_DISCREET !== undefined && env.SANAD_SMTP_URL === undefined) {
      pair('SANAD_MAIL_FROM_DISCREET', 'SANAD_SMTP_URL');
    }
    if (env.SANAD_SMS_GATEWAY_URL !== undefined && env.SANAD_SMS_GATEWAY_TOKEN === undefined) {
      pair('SANAD_SMS_GATEWAY_URL', 'SANAD_SMS_GATEWAY_TOKEN');
    }
    if (env.SANAD_SMS_GATEWAY_TOKEN !== undefined && env.SANAD_SMS_GATEWAY_URL === undefined) {
      pair('SANAD_SMS_GATEWAY_TOKEN', 'SANAD_SMS_GATEWAY_URL');
    }
  });

/**
 * Reads the notification settings; throws a `ConfigError` with one line per bad variable,
 * naming it and what is expected, never quoting a value (a URL may hold the SMTP password).
 */
export function notificationConfigFrom(env: NodeJS.ProcessEnv): NotificationConfig {
  // Empty strings count as unset, as in the rest of the configuration.
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
  const from = e.SANAD_MAIL_FROM?.trim();
  return {
    smtp:
      e.SANAD_SMTP_URL !== undefined && from !== undefined
        ? { url: e.SANAD_SMTP_URL, from, discreetFrom: e.SANAD_MAIL_FROM_DISCREET?.trim() ?? from }
        : undefined,
    smsGateway:
      e.SANAD_SMS_GATEWAY_URL !== undefined && e.SANAD_SMS_GATEWAY_TOKEN !== undefined
        ? { url: e.SANAD_SMS_GATEWAY_URL, token: e.SANAD_SMS_GATEWAY_TOKEN }
        : undefined,
    fallback: e.SANAD_NOTIFY_FALLBACK ?? (e.DATABASE_URL === undefined ? 'log' : 'fail'),
    retentionDays: e.SANAD_NOTIFY_RETENTION_DAYS,
  };
}

/**
 * The transport of each channel. Warns once per unconfigured channel, so an operator reading the
 * start-up log knows which messages will only be logged, or will fail.
 */
export function transportsFrom(
  config: NotificationConfig,
  log: Pick<Logger, 'info' | 'warn'>,
): Transports {
  const fallback = config.fallback === 'log' ? logTransport(log) : unconfiguredTransport;
  const missing = (channel: 'email' | 'sms', variable: string) => {
    log.warn(
      { channel, fallback: config.fallback },
      `${variable} is not set: ${channel} notifications will be ${config.fallback === 'log' ? 'logged, not sent' : 'marked failed'}`,
    );
    return fallback;
  };
  return {
    email: config.smtp
      ? smtpTransport({
          url: config.smtp.url,
          from: config.smtp.from,
          discreetFrom: config.smtp.discreetFrom,
        })
      : missing('email', 'SANAD_SMTP_URL'),
    sms: config.smsGateway
      ? smsGatewayTransport(config.smsGateway)
      : missing('sms', 'SANAD_SMS_GATEWAY_URL'),
  };
}
