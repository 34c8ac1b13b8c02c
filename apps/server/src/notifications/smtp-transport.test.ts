import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../platform/ids.ts';
import { domainOf, smtpTransport } from './smtp-transport.ts';
import { startSmtpServer, type LocalSmtpServer } from './test-support.ts';
import type { OutgoingMessage } from './transport.ts';

const message = (overrides: Partial<OutgoingMessage> = {}): OutgoingMessage => ({
  id: newId(),
  channel: 'email',
  audience: 'staff',
  template: 'referral.declined',
  to: 'manager@emf-settat.ma',
  subject: 'Sanad : orientation SN-2026-000123 refusée',
  text: 'Sanad : l’orientation SN-2026-000123 a été refusée.',
  ...overrides,
});

describe('the SMTP transport, against a local SMTP server', () => {
  let server: LocalSmtpServer;
  beforeAll(async () => {
    server = await startSmtpServer();
  });
  afterAll(async () => {
    await server.close();
  });
  const transport = () =>
    smtpTransport({
      url: server.url,
      from: 'Sanad <notifications@sanad.ma>',
      discreetFrom: 'Info <info@meteo-maroc.example>',
    });

  it('signs in with the URL’s credentials and delivers To, subject, text and a Message-ID from the outbox id', async () => {
    const smtp = transport();
    const sent = message();
    const result = await smtp.send(sent);
    await smtp.close?.();
    expect(result).toEqual({ outcome: 'sent', providerId: `<${sent.id}@sanad.ma>` });
    const mail = server.received.at(-1);
    expect(mail?.user).toBe('sanad');
    expect(mail?.envelopeTo).toEqual(['manager@emf-settat.ma']);
    expect(mail?.headers.get('to')).toBe('manager@emf-settat.ma');
    expect(mail?.headers.get('from')).toBe('Sanad <notifications@sanad.ma>');
    expect(mail?.headers.get('message-id')).toBe(`<${sent.id}@sanad.ma>`);
    expect(mail?.headers.get('auto-submitted')).toBe('auto-generated');
    expect(mail?.subject).toBe('Sanad : orientation SN-2026-000123 refusée');
    expect(mail?.text).toBe('Sanad : l’orientation SN-2026-000123 a été refusée.');
  });

  it('keeps Arabic intact and writes to a survivor from the discreet sender', async () => {
    const smtp = transport();
    const sent = message({
      audience: 'survivor',
      template: 'survivor.update',
      to: 'amina@example.ma',
      subject: 'تحديث جديد',
      text: 'لديك تحديث جديد. افتحي التطبيق للاطلاع عليه.',
    });
    expect((await smtp.send(sent)).outcome).toBe('sent');
    await smtp.close?.();
    const mail = server.received.at(-1);
    expect(mail?.headers.get('from')).toBe('Info <info@meteo-maroc.example>');
    expect(mail?.headers.get('message-id')).toBe(`<${sent.id}@sanad.ma>`);
    expect(mail?.subject).toBe('تحديث جديد');
    expect(mail?.text).toBe('لديك تحديث جديد. افتحي التطبيق للاطلاع عليه.');
  });

  it('gives up on a 5xx refusal, retries a 4xx one, keeping only the reply number', async () => {
    const smtp = transport();
    server.rejectNext.push(550);
    expect(await smtp.send(message())).toEqual({ outcome: 'failed', code: 'smtp_550' });
    server.rejectNext.push(451);
    expect(await smtp.send(message())).toEqual({ outcome: 'retry', code: 'smtp_451' });
    await smtp.close?.();
  });

  it('retries when the login is refused or the server cannot be reached', async () => {
    const wrongPassword = smtpTransport({
      url: server.url.replace(':s3cret@', ':wrong@'),
      from: 'notifications@sanad.ma',
    });
    expect(await wrongPassword.send(message())).toEqual({ outcome: 'retry', code: 'smtp_auth' });
    const nobody = smtpTransport({ url: 'smtp://127.0.0.1:9', from: 'notifications@sanad.ma' });
    expect(await nobody.send(message())).toEqual({ outcome: 'retry', code: 'smtp_connection' });
  });

  it('takes the Message-ID domain from the sender', () => {
    expect(domainOf('Sanad <notifications@sanad.ma>')).toBe('sanad.ma');
    expect(domainOf('alerts@example.org')).toBe('example.org');
  });
});
