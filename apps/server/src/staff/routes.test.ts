import type { FastifyInstance } from 'fastify';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditEvents, staffSessions, staffUsers } from '../db/schema/index.ts';
import { buildTestApp } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import { SESSION_COOKIE } from '../identity/cookies.ts';
import { buildStaffUser, TEST_PASSWORD } from '../testing/factories.ts';
import { anonymous, as } from '../testing/staff-session.ts';
import type { StaffUserView } from './presenters.ts';

describeEachEngine('staff administration', (database) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(database());
  });
  afterAll(async () => {
    await app.close();
  });
  const db = () => database().db;
  const auditOf = (recordId: string, action: string) =>
    db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordId, recordId), eq(auditEvents.action, action)));
  const newUser = {
    email: 'new.listener@test.sanad.ma',
    displayName: 'Hanane',
    role: 'listener',
    scopeLevel: 'region',
    scopeRegion: '06',
  };

  it('answers 401 without a session on every endpoint', async () => {
    const target = await buildStaffUser(db());
    for (const [method, url] of [
      ['GET', '/api/v1/admin/users'],
      ['POST', '/api/v1/admin/users'],
      ['PATCH', `/api/v1/admin/users/${target.id}`],
      ['POST', `/api/v1/admin/users/${target.id}/reset`],
    ] as const) {
      const response = await anonymous(app, method, url, method === 'GET' ? undefined : {});
      expect(response.statusCode, `${method} ${url}`).toBe(401);
      expect(response.json()).toMatchObject({ error: { code: 'unauthenticated' } });
    }
  });

  it('answers 403 to roles that do not administer accounts', async () => {
    const target = await buildStaffUser(db());
    for (const role of [
      'listener',
      'supervisor',
      'institution_agent',
      'institution_manager',
      'analyst',
    ] as const) {
      const client = await as(app, db(), role);
      expect((await client.request('GET', '/api/v1/admin/users')).statusCode, role).toBe(403);
      expect((await client.request('POST', '/api/v1/admin/users', newUser)).statusCode, role).toBe(
        403,
      );
      expect(
        (await client.request('PATCH', `/api/v1/admin/users/${target.id}`, { role: 'admin' }))
          .statusCode,
        role,
      ).toBe(403);
      expect(
        (await client.request('POST', `/api/v1/admin/users/${target.id}/reset`, {})).statusCode,
        role,
      ).toBe(403);
    }
  });

  it('lets an admin create an account with a temporary password, and audits it', async () => {
    const admin = await as(app, db(), 'admin');
    const response = await admin.request('POST', '/api/v1/admin/users', newUser);
    expect(response.statusCode).toBe(201);
    const body = response.json<{ user: StaffUserView; temporaryPassword: string }>();
    expect(body.user).toMatchObject({
      email: newUser.email,
      role: 'listener',
      scope: { level: 'region', region: '06' },
      disabled: false,
      totpEnrolled: false,
    });
    expect(body.temporaryPassword).toMatch(/^[\w]{4}-[\w]{4}-[\w]{4}-[\w]{4}$/);
    expect(JSON.stringify(body.user)).not.toMatch(/argon2|passwordHash|totp_secret/);
    const [row] = await db().select().from(staffUsers).where(eq(staffUsers.id, body.user.id));
    expect(row?.mustChangePassword).toBe(true);
    expect(await auditOf(body.user.id, 'staff.created')).toHaveLength(1);
    const again = await admin.request('POST', '/api/v1/admin/users', newUser);
    expect(again.statusCode).toBe(409);
    const bad = await admin.request('POST', '/api/v1/admin/users', {
      ...newUser,
      email: 'x@y.ma',
      scopeRegion: '99',
    });
    expect(bad.json()).toMatchObject({
      error: { code: 'validation_failed', fields: [{ field: 'body.scopeRegion' }] },
    });
  });

  it('changes role and scope, disables (ending sessions) and re-enables, auditing each', async () => {
    const admin = await as(app, db(), 'admin');
    const target = await as(app, db(), 'listener');
    const changed = await admin.request('PATCH', `/api/v1/admin/users/${target.userId}`, {
      role: 'supervisor',
      scopeLevel: 'province',
      scopeProvince: '541',
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      user: { role: 'supervisor', scope: { level: 'province', region: '09', province: '541' } },
    });
    const [updated] = await auditOf(target.userId, 'staff.updated');
    expect(updated?.diff).toMatchObject({ role: { from: 'listener', to: 'supervisor' } });

    // A new role or territory starts from a fresh sign-in: the session (and any live stream
    // it holds) ended with the change.
    expect((await target.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);
    const other = await as(app, db(), 'listener');
    const renamed = await admin.request('PATCH', `/api/v1/admin/users/${other.userId}`, {
      displayName: 'Another name',
    });
    expect(renamed.statusCode).toBe(200);
    expect((await other.request('GET', '/api/v1/auth/me')).statusCode).toBe(200);
    const disabled = await admin.request('PATCH', `/api/v1/admin/users/${other.userId}`, {
      disabled: true,
    });
    expect(disabled.json()).toMatchObject({ user: { disabled: true } });
    expect((await other.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);
    expect(await auditOf(other.userId, 'staff.disabled')).toHaveLength(1);
    await admin.request('PATCH', `/api/v1/admin/users/${other.userId}`, { disabled: false });
    expect(await auditOf(other.userId, 'staff.enabled')).toHaveLength(1);
  });

  it('resets password and second factor, ending every session', async () => {
    const admin = await as(app, db(), 'admin');
    const target = await as(app, db(), 'listener');
    await db()
      .update(staffUsers)
      .set({ totpEnrolledAt: new Date(), totpSecretEnc: Buffer.from('x') })
      .where(eq(staffUsers.id, target.userId));
    const reset = await admin.request('POST', `/api/v1/admin/users/${target.userId}/reset`, {});
    expect(reset.statusCode).toBe(200);
    expect(reset.json<{ temporaryPassword: string }>().temporaryPassword).toHaveLength(19);
    const [row] = await db().select().from(staffUsers).where(eq(staffUsers.id, target.userId));
    expect(row).toMatchObject({
      totpEnrolledAt: null,
      totpSecretEnc: null,
      mustChangePassword: true,
    });
    const sessions = await db()
      .select()
      .from(staffSessions)
      .where(eq(staffSessions.userId, target.userId));
    expect(sessions.every((s) => s.revokedAt !== null)).toBe(true);
    expect(await auditOf(target.userId, 'staff.password_reset')).toHaveLength(1);
  });

  it('keeps a regional admin to their region: others are 404 and absent from the list', async () => {
    const regional = await as(app, db(), 'admin', { scopeLevel: 'region', scopeRegion: '06' });
    const inside = await buildStaffUser(db(), { scopeLevel: 'province', scopeProvince: '141' });
    const outside = await buildStaffUser(db(), { scopeLevel: 'region', scopeRegion: '04' });
    const list = (await regional.request('GET', '/api/v1/admin/users')).json<{
      users: StaffUserView[];
    }>().users;
    expect(list.map((u) => u.id)).toContain(inside.id);
    expect(list.map((u) => u.id)).not.toContain(outside.id);
    expect(list.every((u) => u.scope.region === '06')).toBe(true);
    const patch = await regional.request('PATCH', `/api/v1/admin/users/${outside.id}`, {
      displayName: 'x',
    });
    expect(patch.statusCode).toBe(404);
    expect(
      (await regional.request('POST', `/api/v1/admin/users/${outside.id}/reset`, {})).statusCode,
    ).toBe(404);
    const unknown = await regional.request(
      'PATCH',
      '/api/v1/admin/users/0190a0a0-0000-7000-8000-000000000000',
      { displayName: 'x' },
    );
    expect(unknown.statusCode).toBe(404);
    const escalate = await regional.request('POST', '/api/v1/admin/users', {
      ...newUser,
      email: 'far@test.sanad.ma',
      scopeRegion: '04',
    });
    expect(escalate.statusCode).toBe(403);
  });

  it('does not let an admin change or reset their own account here', async () => {
    const admin = await as(app, db(), 'admin');
    expect(
      (await admin.request('PATCH', `/api/v1/admin/users/${admin.userId}`, { role: 'listener' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await admin.request('POST', `/api/v1/admin/users/${admin.userId}/reset`, {})).statusCode,
    ).toBe(403);
    const list = (await admin.request('GET', '/api/v1/admin/users')).json<{
      users: StaffUserView[];
    }>().users;
    expect(list.find((u) => u.id === admin.userId)?.abilities).toEqual({
      update: false,
      disable: false,
      resetPassword: false,
    });
  });

  it('lets an account with a temporary password do nothing but change it', async () => {
    const client = await as(app, db(), 'admin');
    await db()
      .update(staffUsers)
      .set({ mustChangePassword: true })
      .where(eq(staffUsers.id, client.userId));
    const blocked = await client.request('GET', '/api/v1/admin/users');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json()).toMatchObject({ error: { code: 'password_change_required' } });
    expect((await client.request('GET', '/api/v1/auth/me')).json()).toMatchObject({
      user: { mustChangePassword: true },
    });
    const changed = await client.request('POST', '/api/v1/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'my own long passphrase',
    });
    expect(changed.statusCode).toBe(200);
    const after = await app.inject({
      method: 'GET',
      url: '/api/v1/admin/users',
      cookies: {
        [SESSION_COOKIE]: changed.cookies.find((c) => c.name === SESSION_COOKIE)?.value ?? '',
      },
    });
    expect(after.statusCode).toBe(200);
  });

  it('tells the console which actions the role grants, and no more', async () => {
    const listener = await as(app, db(), 'listener');
    const me = (await listener.request('GET', '/api/v1/auth/me')).json<{
      abilities: { actions: string[] };
    }>();
    expect(me.abilities.actions).toContain('queue.read');
    expect(me.abilities.actions).toContain('contact.create');
    expect(me.abilities.actions).not.toContain('queue.supervise');
    expect(me.abilities.actions).not.toContain('staff.list');
    const analyst = await as(app, db(), 'analyst');
    const seen = (await analyst.request('GET', '/api/v1/auth/me')).json<{
      abilities: { actions: string[] };
    }>();
    expect(seen.abilities.actions.sort()).toEqual([
      'account.change_password',
      'account.read',
      'indicator.read',
    ]);
  });
});
