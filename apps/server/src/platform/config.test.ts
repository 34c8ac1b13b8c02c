import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

const KEY = Buffer.alloc(32, 7).toString('base64');

function problemsOf(env: NodeJS.ProcessEnv): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration', () => {
  it('has safe defaults: loopback, port 8080, embedded database under ./data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      databaseUrl: undefined,
      logLevel: 'info',
      seedDemo: true,
      urgentClaimSeconds: 120,
    });
    expect(config.dataDir).toBe(path.resolve('./data'));
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '9000',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://sanad@db:5432/sanad',
      SANAD_DATA_DIR: '/tmp/sanad',
      SANAD_MASTER_KEY: KEY,
      LOG_LEVEL: 'warn',
      SANAD_RATE_LIMIT: '1200',
      SANAD_TRUST_PROXY: 'loopback',
      SANAD_URGENT_CLAIM_SECONDS: '300',
    });
    expect(config).toMatchObject({
      urgentClaimSeconds: 300,
      port: 9000,
      host: '0.0.0.0',
      dataDir: '/tmp/sanad',
      logLevel: 'warn',
      seedDemo: false,
    });
    expect(config.masterKey?.length).toBe(32);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', LOG_LEVEL: '' })).toMatchObject({ port: 8080, logLevel: 'info' });
  });

  it('names every bad variable at once, with what is expected', () => {
    const problems = problemsOf({
      PORT: 'eighty',
      DATABASE_URL: 'mysql://nope',
      SANAD_MASTER_KEY: 'c2hvcnQ=',
      LOG_LEVEL: 'loud',
      SANAD_SEED_DEMO: 'perhaps',
    });
    expect(problems).toHaveLength(5);
    expect(problems).toContainEqual(
      expect.stringMatching(/^PORT must be a whole number between 0 and 65535/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^DATABASE_URL must be a PostgreSQL URL/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^SANAD_MASTER_KEY must be 32 random bytes in base64/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^LOG_LEVEL must be one of fatal, error/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^SANAD_SEED_DEMO must be true or false/),
    );
  });

  it('takes the urgent claim delay in whole seconds, from 10 s to an hour', () => {
    expect(loadConfig({ SANAD_URGENT_CLAIM_SECONDS: '10' }).urgentClaimSeconds).toBe(10);
    expect(loadConfig({ SANAD_URGENT_CLAIM_SECONDS: '3600' }).urgentClaimSeconds).toBe(3600);
    for (const bad of ['9', '3601', '1.5', '-30', 'two minutes']) {
      expect(problemsOf({ SANAD_URGENT_CLAIM_SECONDS: bad }), bad).toEqual([
        'SANAD_URGENT_CLAIM_SECONDS must be a whole number of seconds between 10 and 3600',
      ]);
    }
  });

  it('reads referral deadline overrides, and names a bad one', () => {
    expect(loadConfig({}).referralDeadlines).toEqual({});
    expect(loadConfig({ SANAD_REFERRAL_DEADLINES: 'high=2h' }).referralDeadlines).toEqual({
      spans: { high: { acknowledge: { minutes: 120 }, accept: { minutes: 120 } } },
    });
    expect(problemsOf({ SANAD_REFERRAL_DEADLINES: 'soon=5m' })).toEqual([
      expect.stringMatching(/^SANAD_REFERRAL_DEADLINES unknown urgency "soon"/),
    ]);
  });

  it('refuses a port out of range', () => {
    expect(problemsOf({ PORT: '70000' })).toEqual([
      expect.stringMatching(/^PORT must be a whole number/),
    ]);
  });

  it('never echoes a secret value in its message', () => {
    const secret = 'postgres://sanad:s3cret-password@db:5432/sanad';
    const badKey = 'not-a-key-but-secret';
    try {
      loadConfig({ DATABASE_URL: `${secret} broken`, SANAD_MASTER_KEY: badKey, PORT: 'x' });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).not.toContain('s3cret-password');
      expect((error as Error).message).not.toContain(badKey);
      expect((error as Error).message).toMatch(/^Sanad cannot start: invalid configuration/);
    }
  });
});
