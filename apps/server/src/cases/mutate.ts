import { canWorkCase, type Actor } from '@sanad/core';
import { and, asc, eq, sql } from 'drizzle-orm';
import { auditActorOf, recordAudit, type AuditEventInput } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { cases, contacts } from '../db/schema/index.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';
import { AppError } from '../platform/errors.ts';
import { publishEvent } from '../platform/events/publish.ts';
import { raiseUrgentAlert } from '../queue/announce.ts';
import { withKeys, type KeyBox } from './key-box.ts';
import { loadCase, type CaseRow, type LoadedCase } from './load.ts';
import { readCaseView } from './view.ts';
import type { CaseView } from './view-schema.ts';

/** What a command may change on the case row itself; version and updated_at are bumped here. */
export type CaseChanges = Partial<
  Pick<
    CaseRow,
    'status' | 'urgency' | 'provinceCode' | 'regionCode' | 'areaType' | 'closedReason' | 'closedAt'
  >
>;

/** What a command works with: the locked case, its keys, and an audit writer bound to it. */
export interface CaseCommand {
  readonly tx: Db;
  readonly actor: Actor;
  readonly loaded: LoadedCase;
  readonly box: KeyBox;
  readonly now: Date;
  readonly requestId: string;
  /** Records an audit event on this case, by this actor, for this request. */
  audit(event: Omit<AuditEventInput, 'actor' | 'caseId' | 'requestId'>): Promise<void>;
}

export interface MutationRequest {
  readonly actor: Actor;
  readonly caseId: string;
  readonly requestId: string;
  readonly action: 'case.update' | 'message.send';
  /** The version the client read; omitted by appends that cannot overwrite anything. */
  readonly expectedVersion?: number | undefined;
  /** The helpline's claim deadline, for an unclaimed case this change makes an emergency. */
  readonly urgentClaimMs?: number | undefined;
  /** The route's `request.authorizeRecord`: false answers 404. */
  readonly authorizeRecord: (allowed: boolean) => void;
}

/** A command that found nothing to do (a repeated click): no version bump, no event. */
export const UNCHANGED = Symbol('unchanged');

export const staleVersion = (version: number): AppError =>
  new AppError('stale_version', { current: { version } });

/**
 * Every change to a case file goes through here, in one transaction: lock the case row (two
 * writers of one case queue up), check the rule (404 outside the actor's reach), check the
 * version the client read (409 `stale_version` with the current one), run the command, bump
 * the version with `UPDATE … WHERE id = ? AND version = ?` (the row lock makes it always match;
 * the condition stays as the contract's guarantee), tell the consoles (`case.updated`), and
 * answer the file as committed. The command audits its own change; the answer is not audited
 * as a read (the write event already says who touched the file, and when).
 */
export async function mutateCase(
  db: Db,
  keyring: Keyring,
  request: MutationRequest,
  command: (context: CaseCommand) => Promise<CaseChanges | undefined | typeof UNCHANGED>,
): Promise<CaseView> {
  const { actor, caseId } = request;
  return db.transaction(async (tx) => {
    const loaded = await loadCase(tx, caseId, { lock: true });
    request.authorizeRecord(
      loaded !== undefined && canWorkCase(actor, request.action, loaded.record),
    );
    if (!loaded) throw new AppError('not_found');
    const { row } = loaded;
    if (request.expectedVersion !== undefined && row.version !== request.expectedVersion) {
      throw staleVersion(row.version);
    }
    const now = new Date();
    const changes = await withKeys(tx, keyring, (box) =>
      command({
        tx,
        actor,
        loaded,
        box,
        now,
        requestId: request.requestId,
        audit: (event) =>
          recordAudit(tx, {
            ...event,
            actor: auditActorOf(actor),
            caseId,
            requestId: request.requestId,
          }),
      }),
    );
    if (changes === UNCHANGED) {
      // Nothing was written, but the file is answered: that is a reading, and audited as one.
      await recordAudit(tx, {
        action: 'case.read',
        actor: auditActorOf(actor),
        recordType: 'case',
        recordId: caseId,
        caseId,
        requestId: request.requestId,
      });
      return readCaseView(tx, keyring, loaded, actor);
    }
    const [updated] = await tx
      .update(cases)
      .set({ ...changes, version: sql`${cases.version} + 1`, updatedAt: now })
      .where(and(eq(cases.id, caseId), eq(cases.version, row.version)))
      .returning();
    if (!updated) {
      const [current] = await tx
        .select({ version: cases.version })
        .from(cases)
        .where(eq(cases.id, caseId));
      throw staleVersion(current?.version ?? row.version);
    }
    await announceUpdate(tx, row, updated);
    await alertIfNowUrgent(tx, row, updated, now, request.urgentClaimMs);
    const record = {
      ...loaded.record,
      regionCode: updated.regionCode,
      provinceCode: updated.provinceCode,
    };
    return readCaseView(tx, keyring, { row: updated, record }, actor);
  });
}

/**
 * An assessment or an edit that makes a waiting, unclaimed case an emergency sounds the urgent
 * alert and arms the unclaimed timer, exactly as if she had pressed the urgent button.
 */
async function alertIfNowUrgent(
  tx: Db,
  before: CaseRow,
  after: CaseRow,
  now: Date,
  urgentClaimMs: number | undefined,
): Promise<void> {
  const becameUrgent = before.urgency !== 'emergency' && after.urgency === 'emergency';
  const waiting =
    after.ownerId === null && (after.status === 'new' || after.status === 'in_triage');
  if (!becameUrgent || !waiting) return;
  const [first] = await tx
    .select({ channel: contacts.channel })
    .from(contacts)
    .where(eq(contacts.caseId, after.id))
    .orderBy(asc(contacts.occurredAt))
    .limit(1);
  await raiseUrgentAlert(
    tx,
    {
      caseId: after.id,
      kind: after.kind,
      urgency: 'emergency',
      regionCode: after.regionCode,
      provinceCode: after.provinceCode,
      channel: first?.channel ?? 'app',
      createdAt: after.createdAt,
    },
    now,
    urgentClaimMs,
  );
}

/**
 * `case.updated` to the consoles in scope of the case's place — and of its former place when it
 * moved, so the screens that listed it there drop it.
 */
async function announceUpdate(tx: Db, before: CaseRow, after: CaseRow): Promise<void> {
  const payload = { status: after.status, urgency: after.urgency, version: after.version };
  const places = [{ regionCode: after.regionCode, provinceCode: after.provinceCode }];
  if (before.provinceCode !== after.provinceCode || before.regionCode !== after.regionCode) {
    places.push({ regionCode: before.regionCode, provinceCode: before.provinceCode });
  }
  for (const place of places) {
    await publishEvent(tx, {
      kind: 'case.updated',
      audience: 'helpline',
      caseId: after.id,
      ...place,
      payload,
    });
  }
}
