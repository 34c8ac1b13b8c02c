import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../platform/ids.ts';
import { smsGatewayTransport, smsText } from './sms-gateway-transport.ts';
import { startSmsGateway, type LocalSmsGateway } from './test-support.ts';
import type { OutgoingMessage } from './transport.ts';

const message = (): OutgoingMessage => ({
  id: newId(),
  channel: 'sms',
  audience: 'survivor',
  template: 'survivor.update',
  to: '+212612345678',
  subject: 'Nouvelle mise à jour',
  text: 'Vous avez une nouvelle mise à jour. Ouvrez l’application pour la voir.',
});

describe('the SMS gateway transport, against a local HTTP server', () => {
  let gateway: LocalSmsGateway;
  beforeAll(async () => {
    gateway = await startSmsGateway();
  });
  afterAll(async () => {
    await gateway.close();
  });
  beforeEach(() => {
    gateway.requests.length = 0;
    gateway.statuses.length = 0;
    gateway.delayMs = 0;
  });
  const transport = (timeoutMs?: number) =>
    smsGatewayTransport({
      url: gateway.url,
      token: 'gw-token-123',
      ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    });

  it('posts {to, text, reference} with the bearer token and the outbox id as idempotency key', async () => {
    const sent = message();
    expect(await transport().send(sent)).toEqual({ outcome: 'sent', providerId: 'gw-1' });
    const [request] = gateway.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/v1/messages');
    expect(request?.headers.authorization).toBe('Bearer gw-token-123');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers['idempotency-key']).toBe(sent.id);
    expect(request?.body).toEqual({
      to: '+212612345678',
      // Plain apostrophe: the text stays in the GSM alphabet, one SMS.
      text: "Vous avez une nouvelle mise à jour. Ouvrez l'application pour la voir.",
      reference: sent.id,
    });
  });

  it('retries 503, 429 and 408, gives up on 400 and 401', async () => {
    gateway.statuses.push(503, 429, 408, 400, 401);
    const sms = transport();
    expect(await sms.send(message())).toEqual({ outcome: 'retry', code: 'sms_http_503' });
    expect(await sms.send(message())).toEqual({ outcome: 'retry', code: 'sms_http_429' });
    expect(await sms.send(message())).toEqual({ outcome: 'retry', code: 'sms_http_408' });
    expect(await sms.send(message())).toEqual({ outcome: 'failed', code: 'sms_http_400' });
    expect(await sms.send(message())).toEqual({ outcome: 'failed', code: 'sms_http_401' });
  });

  it('sends the same idempotency key when a message is retried after a 503', async () => {
    gateway.statuses.push(503);
    const sms = transport();
    const sent = message();
    expect((await sms.send(sent)).outcome).toBe('retry');
    expect((await sms.send(sent)).outcome).toBe('sent');
    expect(gateway.requests.map((r) => r.headers['idempotency-key'])).toEqual([sent.id, sent.id]);
  });

  it('retries after a timeout or when the gateway cannot be reached', async () => {
    gateway.delayMs = 500;
    expect(await transport(50).send(message())).toEqual({ outcome: 'retry', code: 'sms_timeout' });
    const nowhere = smsGatewayTransport({ url: 'http://127.0.0.1:9/v1', token: 't' });
    expect(await nowhere.send(message())).toEqual({ outcome: 'retry', code: 'sms_network' });
  });

  it('replaces typographic quotes only', () => {
    expect(smsText('l’app “ici” ‘là’ — ok')).toBe("l'app \"ici\" 'là' — ok");
  });
});
