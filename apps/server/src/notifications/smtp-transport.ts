import { createTransport } from 'nodemailer';
import type { SendResult, Transport } from './transport.ts';

export interface SmtpOptions {
  /** `smtp://user:password@host:587` (STARTTLS when offered) or `smtps://…:465` (TLS). */
  readonly url: string;
  /** The sender of staff messages (`Sanad <notifications@sanad.ma>`). */
  readonly from: string;
  /**
   * The sender of a survivor's messages: its name and address are on her screen too, so a
   * deployment may give a neutral one. Defaults to `from`.
   */
  readonly discreetFrom?: string;
  /** The whole exchange with the server, connection included (default 60 s). */
  readonly timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** The domain of an address, bare or in `Name <address>` form, for the Message-ID. */
export function domainOf(from: string): string {
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
  return address.split('@').at(-1)?.trim() || 'sanad.invalid';
}

/**
 * What one failed SMTP exchange means. A 5xx reply refuses the message for good (RFC 5321;
 * 503 — a session in the wrong state — excepted); anything else (4xx, connection, timeout) may
 * pass later. A refused login is retried too: it is the deployment's to fix, not the message's
 * fault. The code keeps the reply number only: the server's text may quote the address.
 */
function classify(error: unknown): SendResult {
  const { code, responseCode } = error as { code?: unknown; responseCode?: unknown };
  if (code === 'EAUTH') return { outcome: 'retry', code: 'smtp_auth' };
  if (typeof responseCode === 'number') {
    const permanent = responseCode >= 500 && responseCode < 600 && responseCode !== 503;
    return { outcome: permanent ? 'failed' : 'retry', code: `smtp_${String(responseCode)}` };
  }
  if (code === 'ETIMEDOUT' || (error instanceof Error && error.name === 'AbortError')) {
    return { outcome: 'retry', code: 'smtp_timeout' };
  }
  if (code === 'EENVELOPE' || code === 'EMESSAGE')
    return { outcome: 'failed', code: 'smtp_envelope' };
  return { outcome: 'retry', code: 'smtp_connection' };
}

/**
 * E-mail through an SMTP relay (nodemailer). The Message-ID is made from the outbox id, so a
 * message sent again after an uncertain attempt carries the same id and the relay or the
 * recipient's mail system can recognise the duplicate. With credentials over `smtp://` to
 * anything but this machine, STARTTLS is required: the password never crosses a network in clear.
 */
export function smtpTransport(options: SmtpOptions): Transport {
  const url = new URL(options.url);
  const secure = url.protocol === 'smtps:';
  const user = decodeURIComponent(url.username);
  const host = url.hostname;
  const mailer = createTransport({
    host,
    port: url.port === '' ? (secure ? 465 : 587) : Number(url.port),
    secure,
    ...(user !== '' ? { auth: { user, pass: decodeURIComponent(url.password) } } : {}),
    requireTLS: !secure && user !== '' && !LOOPBACK.has(host),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  const domain = domainOf(options.from);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return {
    name: 'smtp',
    async send(message) {
      try {
        const info = await mailer.sendMail({
          from:
            message.audience === 'survivor' ? (options.discreetFrom ?? options.from) : options.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          messageId: `<${message.id}@${domain}>`,
          // RFC 3834: no vacation replies or bounces to a machine's message.
          headers: { 'Auto-Submitted': 'auto-generated' },
          signal: AbortSignal.timeout(timeoutMs),
        });
        return { outcome: 'sent', providerId: info.messageId };
      } catch (error) {
        return classify(error);
      }
    },
    close() {
      mailer.close();
      return Promise.resolve();
    },
  };
}
