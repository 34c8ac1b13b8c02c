import type { Actor, ContactChannel } from '@sanad/core';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { cases, contacts, staffUsers } from '../db/schema/index.ts';
import { casesWorkableBy } from '../authorization/scopes.ts';
import { refOf, type StaffRef } from './staff.ts';

/** How many queue items one answer holds: more than any shift can triage at once. */
export const QUEUE_LIMIT = 200;

/** Statuses that keep a case in the queue. */
export const QUEUE_STATUSES = ['new', 'in_triage'] as const;

/** Most urgent first; the order of `urgencyLevels.codes`, spelt out for SQL. */
export const urgencyRank = sql<number>`CASE ${cases.urgency}
  WHEN 'emergency' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END`;

/**
 * The channel of the case's first contact (app, phone, walk-in…), served by
 * `contacts_case_idx`. Cases created outside intake and calls (demo data, tests) have no
 * contact; they show as app cases, the channel most of the queue comes through.
 */
const firstChannel = sql<ContactChannel>`coalesce((
  SELECT ${contacts.channel} FROM ${contacts} WHERE ${contacts.caseId} = ${cases.id}
  ORDER BY ${contacts.occurredAt}, ${contacts.id} LIMIT 1), 'app')`;

export interface QueueItem {
  readonly caseId: string;
  readonly reference: string;
  readonly kind: 'violence_report' | 'support_request';
  readonly urgency: (typeof cases.$inferSelect)['urgency'];
  readonly status: (typeof QUEUE_STATUSES)[number];
  readonly channel: ContactChannel;
  readonly provinceCode: string | null;
  readonly regionCode: string | null;
  readonly createdAt: Date;
  readonly waitingSeconds: number;
  readonly claimedBy: StaffRef | null;
  readonly claimedAt: Date | null;
  readonly version: number;
}

/**
 * The open cases the actor could claim, most urgent first, then longest waiting. Filtered in
 * SQL by the twin of `canWorkCase`, so a case outside the actor's territory never leaves the
 * database. Not audited per call: it shows codes and places only, never her words or details,
 * and it is refetched on every live event.
 */
export async function listQueue(db: Db, actor: Actor, now: Date): Promise<QueueItem[]> {
  const rows = await db
    .select({
      caseId: cases.id,
      reference: cases.reference,
      kind: cases.kind,
      urgency: cases.urgency,
      status: cases.status,
      channel: firstChannel,
      provinceCode: cases.provinceCode,
      regionCode: cases.regionCode,
      createdAt: cases.createdAt,
      ownerId: cases.ownerId,
      ownerName: staffUsers.displayName,
      claimedAt: cases.claimedAt,
      version: cases.version,
    })
    .from(cases)
    .leftJoin(staffUsers, eq(staffUsers.id, cases.ownerId))
    .where(and(inArray(cases.status, [...QUEUE_STATUSES]), casesWorkableBy(actor, 'case.claim')))
    .orderBy(urgencyRank, asc(cases.createdAt), asc(cases.id))
    .limit(QUEUE_LIMIT);
  return rows.map(({ ownerId, ownerName, status, ...row }) => ({
    ...row,
    status: status === 'new' ? 'new' : 'in_triage',
    waitingSeconds: secondsBetween(row.createdAt, now),
    claimedBy: refOf(ownerId, ownerName),
  }));
}

/** Whole seconds from `from` to `to`, never negative (clocks of two nodes may differ a little). */
export const secondsBetween = (from: Date, to: Date): number =>
  Math.max(0, Math.floor((to.getTime() - from.getTime()) / 1000));
