import type { Actor } from '@sanad/core';
import type { Db } from '../db/database.ts';
import { auditEvents } from '../db/schema/index.ts';
import { newId } from '../platform/ids.ts';
import type { AuditAction } from './actions.ts';

/** Who did it: a staff member (with their institution), or the system itself (null). */
export interface AuditActor {
  readonly id: string;
  readonly institutionId: string | null;
}

/** The audit view of a signed-in staff member. */
export const auditActorOf = (actor: Actor): AuditActor => ({
  id: actor.id,
  institutionId: actor.institutionId,
});

export interface AuditEventInput {
  readonly action: AuditAction;
  readonly actor: AuditActor | null;
  readonly recordType: string;
  readonly recordId?: string;
  readonly caseId?: string;
  /** Why the data was touched, when the action alone does not say (e.g. "emergency override"). */
  readonly purpose?: string;
  /**
   * What changed, for writes: field names with before/after values that are NOT personal data
   * (codes, statuses, ids, flags). Personal values never enter the audit trail in clear.
   */
  readonly diff?: Readonly<Record<string, unknown>>;
  readonly requestId?: string;
}

/**
 * Writes one audit event. Call it with the transaction that does the change (or the read), so
 * the event exists if and only if the change does. The event gets its sequence number here; the
 * sealer chains committed events later, so this never waits on other requests.
 */
export async function recordAudit(db: Db, event: AuditEventInput): Promise<void> {
  await recordAudits(db, [event]);
}

/**
 * Writes several audit events in one statement, in order (a list that shows many cases records
 * one reading per case, without one round trip each). Same guarantees as `recordAudit`.
 */
export async function recordAudits(db: Db, events: readonly AuditEventInput[]): Promise<void> {
  if (events.length === 0) return;
  // Millisecond precision, set here, so the hash computed later reads back the same instant.
  const occurredAt = new Date();
  await db.insert(auditEvents).values(
    events.map((event) => ({
      id: newId(),
      occurredAt,
      action: event.action,
      actorId: event.actor?.id ?? null,
      actorInstitutionId: event.actor?.institutionId ?? null,
      recordType: event.recordType,
      recordId: event.recordId ?? null,
      caseId: event.caseId ?? null,
      purpose: event.purpose ?? null,
      diff: event.diff ?? null,
      requestId: event.requestId ?? null,
    })),
  );
}
