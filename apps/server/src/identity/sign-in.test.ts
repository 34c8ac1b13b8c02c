import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditEvents, staffSessions, staffUsers } from '../db/schema/index.ts';
import { buildTestApp } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import { buildStaffUser, TEST_PASSWORD } from '../testing/factories.ts';
import { SESSION_COOKIE } from './cookies.ts';
import { hashToken } from './sessions.ts';
import { generateTotp, STEP_SECONDS } from './totp.ts';

function sessionCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error('no session cookie set');
  return cookie.value;
}

describeEachEngine('staff sign-in with a second factor', (database) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(database());
  });
  afterAll(async () => {
    await app.close();
  });

  const login = (email: string, password = TEST_PASSWORD) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password },
      headers: { 'accept-language': 'en' },
    });
  const totp = (pending: string, csrf: string, body: Record<string, string>) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp',
      cookies: { [SESSION_COOKIE]: pending },
      headers: { 'x-csrf-token': csrf },
      payload: body,
    });
  const me = (token: string) =>
    app.inject({ method: 'GET', url: '/api/v1/auth/me', cookies: { [SESSION_COOKIE]: token } });

  /** Enrols a fresh listener and returns their TOTP secret and full session token. */
  async function enrolled() {
    const user = await buildStaffUser(database().db, { role: 'listener' });
    const first = await login(user.email);
    const { csrfToken, enrolment } = first.json<{
      csrfToken: string;
      enrolment: { secret: string };
    }>();
    const done = await totp(sessionCookie(first), csrfToken, {
      code: generateTotp(enrolment.secret),
    });
    return {
      user,
      secret: enrolment.secret,
      token: sessionCookie(done),
      body: done.json<{ me: { csrfToken: string }; recoveryCodes: string[] }>(),
    };
  }

  it('enrols the second factor at first sign-in, then opens a full session with a new id', async () => {
    const user = await buildStaffUser(database().db, { role: 'listener' });
    const first = await login(user.email);
    expect(first.statusCode).toBe(200);
    const body = first.json<{
      next: string;
      csrfToken: string;
      enrolment: { secret: string; otpauthUri: string; qrSvg: string };
    }>();
    expect(body.next).toBe('enrol_totp');
    expect(body.enrolment.otpauthUri).toContain(`secret=${body.enrolment.secret}`);
    expect(body.enrolment.qrSvg).toMatch(/^<svg/);
    const pending = sessionCookie(first);
    const cookie = first.cookies.find((c) => c.name === SESSION_COOKIE);
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/' });
    expect((await me(pending)).statusCode).toBe(401); // a pending session is not a session

    const done = await totp(pending, body.csrfToken, { code: generateTotp(body.enrolment.secret) });
    expect(done.statusCode).toBe(200);
    const result = done.json<{
      me: { user: { email: string; role: string } };
      recoveryCodes: string[];
    }>();
    expect(result.me.user).toMatchObject({ email: user.email, role: 'listener' });
    expect(result.recoveryCodes).toHaveLength(10);
    const full = sessionCookie(done);
    expect(full).not.toBe(pending);
    expect((await me(full)).statusCode).toBe(200);
    const [row] = await database().db.select().from(staffUsers).where(eq(staffUsers.id, user.id));
    expect(row?.totpEnrolledAt).not.toBeNull();
    expect(row?.totpSecretEnc?.toString('utf8')).not.toContain(body.enrolment.secret);
    const events = await database()
      .db.select()
      .from(auditEvents)
      .where(eq(auditEvents.recordId, user.id));
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['auth.totp_enrolled', 'auth.signed_in']),
    );
  });

  it('asks an enrolled user for a code, and refuses the same code twice', async () => {
    const { user, secret } = await enrolled();
    const later = new Date(Date.now() + STEP_SECONDS * 1000);
    const second = await login(user.email);
    expect(second.json()).toMatchObject({ next: 'totp' });
    const { csrfToken } = second.json<{ csrfToken: string }>();
    const code = generateTotp(secret, later);
    const ok = await totp(sessionCookie(second), csrfToken, { code });
    expect(ok.statusCode).toBe(200);
    const third = await login(user.email);
    const replay = await totp(sessionCookie(third), third.json<{ csrfToken: string }>().csrfToken, {
      code,
    });
    expect(replay.statusCode).toBe(401);
    expect(replay.json()).toMatchObject({ error: { code: 'invalid_second_factor' } });
  });

  it('accepts a recovery code once', async () => {
    const { user, body } = await enrolled();
    const code = body.recoveryCodes[0] ?? '';
    const attempt = async () => {
      const started = await login(user.email);
      return totp(sessionCookie(started), started.json<{ csrfToken: string }>().csrfToken, {
        recoveryCode: code,
      });
    };
    expect((await attempt()).statusCode).toBe(200);
    expect((await attempt()).statusCode).toBe(401);
  });

  it('refuses the second step without the pending session or its CSRF token', async () => {
    const user = await buildStaffUser(database().db);
    const first = await login(user.email);
    const { enrolment } = first.json<{ enrolment: { secret: string } }>();
    const noCsrf = await totp(sessionCookie(first), 'wrong', {
      code: generateTotp(enrolment.secret),
    });
    expect(noCsrf.json()).toMatchObject({ error: { code: 'csrf_failed' } });
    const noSession = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp',
      payload: { code: '123456' },
    });
    expect(noSession.json()).toMatchObject({ error: { code: 'unauthenticated' } });
  });

  it('answers a wrong password and an unknown address the same way', async () => {
    const user = await buildStaffUser(database().db);
    const wrong = await login(user.email, 'not the password');
    const unknown = await login('nobody@nowhere.ma', 'not the password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json<{ error: { message: string } }>().error.message).toBe(
      unknown.json<{ error: { message: string } }>().error.message,
    );
    expect(wrong.json()).toMatchObject({
      error: {
        code: 'invalid_credentials',
        message: 'The e-mail address or password is incorrect.',
      },
    });
    expect(wrong.cookies).toHaveLength(0);
  });

  it('locks an address after repeated failures with a growing delay, whether or not it has an account', async () => {
    const user = await buildStaffUser(database().db);
    for (const email of [user.email, 'ghost@nowhere.ma']) {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await login(email, 'bad password')).statusCode);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
      const locked = await login(email, email === user.email ? TEST_PASSWORD : 'bad');
      expect(locked.statusCode).toBe(429);
      expect(locked.json()).toMatchObject({ error: { code: 'rate_limited' } });
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    }
  });

  it('refuses a disabled account like a wrong password', async () => {
    const user = await buildStaffUser(database().db);
    await database()
      .db.update(staffUsers)
      .set({ disabledAt: new Date() })
      .where(eq(staffUsers.id, user.id));
    expect((await login(user.email)).json()).toMatchObject({
      error: { code: 'invalid_credentials' },
    });
  });

  it('ends a session after 15 idle minutes and after 12 hours in all', async () => {
    const { token } = await enrolled();
    const hash = hashToken(token);
    await database()
      .db.update(staffSessions)
      .set({ lastSeenAt: new Date(Date.now() - 16 * 60_000) })
      .where(eq(staffSessions.tokenHash, hash));
    expect((await me(token)).statusCode).toBe(401);
    const other = await enrolled();
    await database()
      .db.update(staffSessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(staffSessions.tokenHash, hashToken(other.token)));
    expect((await me(other.token)).statusCode).toBe(401);
  });

  it('signs out here, and everywhere', async () => {
    const a = await enrolled();
    const csrf = a.body.me.csrfToken;
    const noCsrf = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      cookies: { [SESSION_COOKIE]: a.token },
      payload: {},
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json()).toMatchObject({ error: { code: 'csrf_failed' } });
    const out = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      cookies: { [SESSION_COOKIE]: a.token },
      headers: { 'x-csrf-token': csrf },
      payload: {},
    });
    expect(out.statusCode).toBe(204);
    expect((await me(a.token)).statusCode).toBe(401);

    const b = await enrolled();
    const secondLogin = await login(b.user.email);
    const second = await totp(
      sessionCookie(secondLogin),
      secondLogin.json<{ csrfToken: string }>().csrfToken,
      {
        code: generateTotp(b.secret, new Date(Date.now() + STEP_SECONDS * 1000)),
      },
    );
    const otherDevice = sessionCookie(second);
    const everywhere = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      cookies: { [SESSION_COOKIE]: b.token },
      headers: { 'x-csrf-token': b.body.me.csrfToken },
      payload: { everywhere: true },
    });
    expect(everywhere.statusCode).toBe(204);
    expect((await me(otherDevice)).statusCode).toBe(401);
    const live = await database()
      .db.select()
      .from(staffSessions)
      .where(and(eq(staffSessions.userId, b.user.id)));
    expect(live.every((s) => s.revokedAt !== null)).toBe(true);
  });

  it('changes the password, ending every other session', async () => {
    const a = await enrolled();
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      cookies: { [SESSION_COOKIE]: a.token },
      headers: { 'x-csrf-token': a.body.me.csrfToken },
      payload: { currentPassword: 'nope', newPassword: 'a brand new passphrase' },
    });
    expect(wrong.json()).toMatchObject({ error: { code: 'invalid_credentials' } });
    const short = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      cookies: { [SESSION_COOKIE]: a.token },
      headers: { 'x-csrf-token': a.body.me.csrfToken },
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'short' },
    });
    expect(short.json()).toMatchObject({
      error: {
        code: 'validation_failed',
        fields: [{ field: 'body.newPassword', issue: 'too_small' }],
      },
    });
    const ok = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      cookies: { [SESSION_COOKIE]: a.token },
      headers: { 'x-csrf-token': a.body.me.csrfToken },
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' },
    });
    expect(ok.statusCode).toBe(200);
    expect((await me(a.token)).statusCode).toBe(401);
    expect((await me(sessionCookie(ok))).statusCode).toBe(200);
    expect((await login(a.user.email, 'a brand new passphrase')).statusCode).toBe(200);
  });
});
