import type { Actor, UrgencyLevel } from '@sanad/core';
import { and, eq, sql } from 'drizzle-orm';
import { auditActorOf, recordAudit, type AuditEventInput } from '../audit/record.ts';
import type { KeyBox } from '../cases/key-box.ts';
import type { Db } from '../db/database.ts';
import { referrals } from '../db/schema/index.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';
import { AppError } from '../platform/errors.ts';
import type { ReferralClock } from './clock.ts';
import type { ReferralRow } from './load.ts';
import type { ReferralCase } from './present.ts';

/** What the referral routes are given. */
export interface ReferralOptions {
  readonly db: Db;
  readonly keyring: Keyring;
  readonly clock: ReferralClock;
}

/** The request as commands see it: who, which request, and the 404 decision hook. */
export interface ReferralRequest {
  readonly id: string;
  authorizeRecord(allowed: boolean): void;
}

/** What a referral command works with, inside its transaction. */
export interface ReferralWork {
  readonly tx: Db;
  readonly box: KeyBox;
  /** For the outbox (recipients are encrypted) and her decrypted number. */
  readonly keyring: Keyring;
  /** null: the woman herself, through her app (her interest in an opportunity refers her). */
  readonly actor: Actor | null;
  readonly now: Date;
  readonly clock: ReferralClock;
  readonly requestId: string;
  readonly kase: ReferralCase & {
    readonly id: string;
    /** The case's urgency now: a draft sent later follows it, not the urgency it was drafted at. */
    readonly urgency: UrgencyLevel;
    readonly regionCode: string | null;
    readonly provinceCode: string | null;
  };
  /** Records an audit event on the case, by this actor, for this request. */
  audit(event: Omit<AuditEventInput, 'actor' | 'caseId' | 'requestId'>): Promise<void>;
}

/** The work context of one referral command, inside its transaction. */
export function referralWork(
  options: ReferralOptions,
  tx: Db,
  box: KeyBox,
  actor: Actor | null,
  kase: ReferralWork['kase'],
  requestId: string,
): ReferralWork {
  return {
    tx,
    box,
    keyring: options.keyring,
    actor,
    now: new Date(),
    clock: options.clock,
    requestId,
    kase,
    audit: auditorFor(tx, actor, kase.id, requestId),
  };
}

export function auditorFor(
  tx: Db,
  actor: Actor | null,
  caseId: string,
  requestId: string,
): ReferralWork['audit'] {
  const by = actor === null ? null : auditActorOf(actor);
  return (event) => recordAudit(tx, { ...event, actor: by, caseId, requestId });
}

export const staleReferral = (version: number): AppError =>
  new AppError('stale_version', { current: { version } });

/**
 * Writes a referral's changes and bumps its version, on the condition that nobody changed it
 * since it was locked (the row lock makes this always hold; the condition keeps the promise).
 */
export async function saveReferral(
  tx: Db,
  row: ReferralRow,
  changes: Partial<ReferralRow>,
  now: Date,
): Promise<ReferralRow> {
  const [saved] = await tx
    .update(referrals)
    .set({ ...changes, version: sql`${referrals.version} + 1`, updatedAt: now })
    .where(and(eq(referrals.id, row.id), eq(referrals.version, row.version)))
    .returning();
  if (!saved) throw staleReferral(row.version);
  return saved;
}
