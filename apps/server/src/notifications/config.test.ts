import { describe, expect, it } from 'vitest';
import { LogCapture } from '../testing/app.ts';
import { createLogger } from '../platform/logger.ts';
import { ConfigError } from '../platform/config.ts';
import { notificationConfigFrom, transportsFrom } from './config.ts';

const problems = (env: NodeJS.ProcessEnv): readonly string[] => {
  try {
    notificationConfigFrom(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe('notification configuration', () => {
  it('needs nothing: the log fallback on the embedded database, failure with PostgreSQL', () => {
    expect(notificationConfigFrom({})).toEqual({
      smtp: undefined,
      smsGateway: undefined,
      fallback: 'log',
      retentionDays: 30,
    });
    expect(notificationConfigFrom({ DATABASE_URL: 'postgres://db/sanad' }).fallback).toBe('fail');
    expect(
      notificationConfigFrom({ DATABASE_URL: 'postgres://db/sanad', SANAD_NOTIFY_FALLBACK: 'log' })
        .fallback,
    ).toBe('log');
  });

  it('reads SMTP and the SMS gateway', () => {
    expect(
      notificationConfigFrom({
        SANAD_SMTP_URL: 'smtps://user:p%40ss@mail.sanad.ma:465',
        SANAD_MAIL_FROM: 'Sanad <notifications@sanad.ma>',
        SANAD_SMS_GATEWAY_URL: 'https://sms.example.ma/v1/messages',
        SANAD_SMS_GATEWAY_TOKEN: 'abc.DEF-123',
        SANAD_NOTIFY_RETENTION_DAYS: '7',
        SANAD_SMS_GATEWAY_UNUSED: '',
      }),
    ).toEqual({
      smtp: {
        url: 'smtps://user:p%40ss@mail.sanad.ma:465',
        from: 'Sanad <notifications@sanad.ma>',
        discreetFrom: 'Sanad <notifications@sanad.ma>',
      },
      smsGateway: { url: 'https://sms.example.ma/v1/messages', token: 'abc.DEF-123' },
      fallback: 'log',
      retentionDays: 7,
    });
  });

  it('names every bad variable and what it expects, never quoting a secret', () => {
    const found = problems({
      SANAD_SMTP_URL: 'http://user:hunter2@mail.sanad.ma',
      SANAD_SMS_GATEWAY_URL: 'http://sms.example.ma/v1',
      SANAD_SMS_GATEWAY_TOKEN: 'has space',
      SANAD_NOTIFY_FALLBACK: 'drop',
      SANAD_NOTIFY_RETENTION_DAYS: '0',
    });
    expect(found).toEqual([
      'SANAD_SMTP_URL must be an SMTP URL such as smtp://user:password@mail.example.ma:587 (or smtps://…:465)',
      'SANAD_SMS_GATEWAY_URL must be an https:// URL without credentials (http:// only to this machine), e.g. https://sms.example.ma/v1/messages',
      'SANAD_SMS_GATEWAY_TOKEN must be printable characters without spaces',
      'SANAD_NOTIFY_FALLBACK must be log or fail',
      'SANAD_NOTIFY_RETENTION_DAYS must be a whole number of days between 1 and 365',
    ]);
    expect(found.join('\n')).not.toContain('hunter2');
  });

  it('asks for the missing half of a pair', () => {
    expect(problems({ SANAD_SMTP_URL: 'smtp://mail.sanad.ma:587' })).toEqual([
      'SANAD_MAIL_FROM is required when SANAD_SMTP_URL is set',
    ]);
    expect(problems({ SANAD_SMS_GATEWAY_URL: 'https://sms.example.ma/v1' })).toEqual([
      'SANAD_SMS_GATEWAY_TOKEN is required when SANAD_SMS_GATEWAY_URL is set',
    ]);
    expect(problems({ SANAD_SMS_GATEWAY_TOKEN: 't' })).toEqual([
      'SANAD_SMS_GATEWAY_URL is required when SANAD_SMS_GATEWAY_TOKEN is set',
    ]);
    expect(problems({ SANAD_SMTP_URL: 'smtp://m.ma', SANAD_MAIL_FROM: 'not an address' })).toEqual([
      'SANAD_MAIL_FROM must be an address such as Sanad <notifications@sanad.ma> or notifications@sanad.ma',
    ]);
  });

  it('builds a transport per channel and says which channels fall back', async () => {
    const logs = new LogCapture();
    const log = createLogger('info', logs);
    const configured = transportsFrom(
      notificationConfigFrom({
        SANAD_SMTP_URL: 'smtp://mail.sanad.ma:587',
        SANAD_MAIL_FROM: 'notifications@sanad.ma',
        SANAD_SMS_GATEWAY_URL: 'http://127.0.0.1:8088/send',
        SANAD_SMS_GATEWAY_TOKEN: 't',
      }),
      log,
    );
    expect([configured.email.name, configured.sms.name]).toEqual(['smtp', 'sms_gateway']);
    await configured.email.close?.();
    expect(logs.text).toBe('');

    const trial = transportsFrom(notificationConfigFrom({}), log);
    expect([trial.email.name, trial.sms.name]).toEqual(['log', 'log']);
    expect(logs.text).toContain('SANAD_SMTP_URL is not set: email notifications will be logged');
    const production = transportsFrom(
      notificationConfigFrom({ DATABASE_URL: 'postgres://d/s' }),
      log,
    );
    expect([production.email.name, production.sms.name]).toEqual(['none', 'none']);
    expect(logs.text).toContain('sms notifications will be marked failed');
  });
});
