import type { Logger } from 'pino';
import type { NotificationAudience, NotificationChannel } from '../db/schema/index.ts';
import type { NotificationTemplate } from './templates.ts';

/** One message as a transport receives it, rendered in the recipient's language. */
export interface OutgoingMessage {
  /** The outbox id: the idempotency key (SMS gateway) and the Message-ID (e-mail). */
  readonly id: string;
  readonly channel: NotificationChannel;
  readonly audience: NotificationAudience;
  readonly template: NotificationTemplate;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

/**
 * What became of one attempt. `retry`: the message may not have left (a timeout, a busy
 * gateway) and is tried again later with the same id; `failed`: the provider refused it for
 * good (a bad number, a rejected address). Codes are short and never quote the provider's text,
 * which may repeat the address.
 */
export type SendResult =
  | { readonly outcome: 'sent'; readonly providerId: string | null }
  | { readonly outcome: 'retry'; readonly code: string }
  | { readonly outcome: 'failed'; readonly code: string };

export interface Transport {
  /** Recorded on the message (`smtp`, `sms_gateway`, `log`, `none`). */
  readonly name: string;
  send(message: OutgoingMessage): Promise<SendResult>;
  /** Releases connections, if the transport holds any. */
  close?(): Promise<void>;
}

export type Transports = Readonly<Record<NotificationChannel, Transport>>;

/**
 * For development and trials: the message counts as sent and only its id, template and channel
 * are logged — never the address or the text, which a log reader must not see.
 */
export function logTransport(log: Pick<Logger, 'info'>): Transport {
  return {
    name: 'log',
    send(message) {
      log.info(
        { notificationId: message.id, template: message.template, channel: message.channel },
        'notification not sent: no transport configured for its channel (logged only)',
      );
      return Promise.resolve({ outcome: 'sent', providerId: null });
    },
  };
}

/**
 * For a production channel left unconfigured: its messages fail with `no_transport`, visibly,
 * rather than being reported as sent when nobody received them.
 */
export const unconfiguredTransport: Transport = {
  name: 'none',
  send: () => Promise.resolve({ outcome: 'failed', code: 'no_transport' }),
};

/** Closes every transport that holds connections. */
export async function closeTransports(transports: Transports): Promise<void> {
  await Promise.all(
    Object.values(transports).map((transport) => transport.close?.() ?? Promise.resolve()),
  );
}
