import type { CaseStatus, UrgencyLevel } from '@sanad/core';
import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { auditEvents, cases, dataKeys, jobs, liveEvents } from '../db/schema/index.ts';
import { createDataKey } from '../platform/crypto/data-keys.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';
import { newId } from '../platform/ids.ts';

/** A case as the queue sees it, with the urgency, place, age and owner a test needs. */
export async function queuedCase(
  db: Db,
  overrides: Partial<{
    urgency: UrgencyLevel;
    status: CaseStatus;
    regionCode: string | null;
    provinceCode: string | null;
    createdAt: Date;
    ownerId: string;
    /** A real case key under this keyring (for tests that encrypt); else a placeholder key. */
    keyring: Keyring;
  }> = {},
): Promise<{ id: string; reference: string; dataKeyId: string }> {
  let dataKeyId = newId();
  if (overrides.keyring) {
    const key = await createDataKey(db, overrides.keyring, 'record');
    key.key.fill(0);
    dataKeyId = key.id;
  } else {
    await db
      .insert(dataKeys)
      .values({ id: dataKeyId, wrappedKey: randomBytes(60), masterKeyId: 'test' });
  }
  const id = newId();
  const reference = `Q-${id.slice(-12)}`;
  const createdAt = overrides.createdAt ?? new Date();
  await db.insert(cases).values({
    id,
    reference,
    dataKeyId,
    status: overrides.status ?? 'new',
    urgency: overrides.urgency ?? 'standard',
    kind: 'violence_report',
    regionCode: overrides.regionCode === undefined ? '06' : overrides.regionCode,
    provinceCode: overrides.provinceCode === undefined ? '141' : overrides.provinceCode,
    ownerId: overrides.ownerId ?? null,
    claimedAt: overrides.ownerId === undefined ? null : createdAt,
    version: 1,
    createdAt,
    updatedAt: createdAt,
  });
  return { id, reference, dataKeyId };
}

/** The live events recorded for a case, oldest first. */
export const eventsOf = (db: Db, caseId: string) =>
  db.select().from(liveEvents).where(eq(liveEvents.caseId, caseId)).orderBy(liveEvents.id);

/** The audit events of one action on a case. */
export const auditedOn = (db: Db, caseId: string, action: string) =>
  db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.caseId, caseId), eq(auditEvents.action, action)));

/** The unclaimed-urgent timers of a case, any state. */
export const timersOf = (db: Db, caseId: string) =>
  db
    .select()
    .from(jobs)
    .where(and(eq(jobs.name, 'case.unclaimed_urgent'), eq(jobs.singletonKey, caseId)))
    .orderBy(jobs.createdAt);
