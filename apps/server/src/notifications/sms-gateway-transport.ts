import type { SendResult, Transport } from './transport.ts';

export interface SmsGatewayOptions {
  /** The gateway's send endpoint (`https://sms.example.ma/v1/messages`). */
  readonly url: string;
  readonly token: string;
  /** How long one request may take before it counts as a failure to retry (default 15 s). */
  readonly timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Typographic quotes are outside the GSM 7-bit alphabet: one of them would turn a French text
 * into UCS-2 and halve what fits in an SMS. Plain quotes read the same on a phone.
 */
export function smsText(text: string): string {
  return text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');
}

/** The gateway's id for the message, when its answer carries one we recognise. */
async function providerIdOf(response: Response): Promise<string | null> {
  try {
    const body: unknown = await response.json();
    if (typeof body !== 'object' || body === null) return null;
    for (const field of ['id', 'messageId', 'message_id', 'reference']) {
      const value = (body as Record<string, unknown>)[field];
      if ((typeof value === 'string' || typeof value === 'number') && String(value).length <= 200) {
        return String(value);
      }
    }
    return null;
  } catch {
    return null;
  }
}

/**
 * An HTTP SMS gateway: `POST {to, text, reference}` as JSON with a bearer token. The outbox id is
 * both the `reference` and the `Idempotency-Key` header, so a message sent again after an
 * uncertain attempt (a timeout, a node that died mid-send) is recognised by the gateway rather
 * than delivered twice. 2xx: sent. 408, 429, 5xx, a timeout or a network error: retried later.
 * Any other status (400 a bad number, 401 a wrong token…): failed for good.
 */
export function smsGatewayTransport(options: SmsGatewayOptions): Transport {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return {
    name: 'sms_gateway',
    async send(message): Promise<SendResult> {
      let response: Response;
      try {
        response = await fetch(options.url, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${options.token}`,
            'content-type': 'application/json',
            accept: 'application/json',
            'idempotency-key': message.id,
          },
          body: JSON.stringify({
            to: message.to,
            text: smsText(message.text),
            reference: message.id,
          }),
          // A redirect would carry the message (and its number) somewhere not configured.
          redirect: 'manual',
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
        return { outcome: 'retry', code: timedOut ? 'sms_timeout' : 'sms_network' };
      }
      const { status } = response;
      if (status >= 200 && status < 300) {
        return { outcome: 'sent', providerId: await providerIdOf(response) };
      }
      // The body is not read: a gateway's error text may repeat the number.
      await response.body?.cancel();
      const code = `sms_http_${String(status)}`;
      return status === 408 || status === 429 || status >= 500
        ? { outcome: 'retry', code }
        : { outcome: 'failed', code };
    },
  };
}
