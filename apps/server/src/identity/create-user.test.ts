import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { ZodError } from 'zod';
import { staffUsers } from '../db/schema/index.ts';
import { buildInstitution, buildStaffUser, TEST_PASSWORD } from '../testing/factories.ts';
import { describeEachEngine } from '../testing/database.ts';
import { AppError } from '../platform/errors.ts';
import { createStaffUser } from './create-user.ts';
import { verifyPassword } from './passwords.ts';

describeEachEngine('creating a staff account', (database) => {
  it('stores an argon2id hash, never the password', async () => {
    const { db } = database();
    const { id } = await buildStaffUser(db, { role: 'supervisor' });
    const [row] = await db.select().from(staffUsers).where(eq(staffUsers.id, id));
    expect(row?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row?.passwordHash).not.toContain(TEST_PASSWORD);
    expect(await verifyPassword(row?.passwordHash ?? '', TEST_PASSWORD)).toBe(true);
    expect(await verifyPassword(row?.passwordHash ?? '', 'wrong password!')).toBe(false);
  });

  it('refuses a second account with the same e-mail in another case', async () => {
    const { db } = database();
    const { email } = await buildStaffUser(db);
    await expect(buildStaffUser(db, { email: email.toUpperCase() })).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('refuses bad input with the field named', async () => {
    const { db } = database();
    const attempt = createStaffUser(db, {
      email: 'not-an-email',
      displayName: 'X',
      password: 'short',
      role: 'listener',
    });
    await expect(attempt).rejects.toBeInstanceOf(ZodError);
    const error = (await attempt.catch((e: unknown) => e)) as ZodError;
    expect(error.issues.map((i) => i.path[0]).sort()).toEqual(['email', 'password']);
  });

  it('requires an existing institution for institution roles', async () => {
    const { db } = database();
    const base = {
      email: 'agent@example.ma',
      displayName: 'Agent',
      password: TEST_PASSWORD,
      role: 'institution_agent' as const,
    };
    await expect(createStaffUser(db, base)).rejects.toThrow(/institutionId/);
    await expect(
      createStaffUser(db, { ...base, institutionId: '0190a0a0-0000-7000-8000-000000000000' }),
    ).rejects.toBeInstanceOf(AppError);
    const institution = await buildInstitution(db);
    await expect(
      createStaffUser(db, { ...base, institutionId: institution.id }),
    ).resolves.toHaveProperty('id');
  });

  it('checks region and province scopes against the territory', async () => {
    const { db } = database();
    const base = {
      displayName: 'Supervisor',
      password: TEST_PASSWORD,
      role: 'supervisor' as const,
    };
    await expect(
      createStaffUser(db, {
        ...base,
        email: 's1@example.ma',
        scopeLevel: 'region',
        scopeRegion: '13',
      }),
    ).rejects.toThrow(/scopeRegion/);
    const ok = await createStaffUser(db, {
      ...base,
      email: 's2@example.ma',
      scopeLevel: 'province',
      scopeProvince: '541',
    });
    const [row] = await db.select().from(staffUsers).where(eq(staffUsers.id, ok.id));
    expect(row).toMatchObject({ scopeLevel: 'province', scopeProvince: '541', scopeRegion: '09' });
  });
});
