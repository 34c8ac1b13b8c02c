import type { Actor, Scope, StaffRole } from '@sanad/core';
import { and, asc, eq, inArray, isNull, lt, ne, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { casesWorkableBy } from '../authorization/scopes.ts';
import type { Db } from '../db/database.ts';
import { cases, followUps, staffPresence, staffUsers } from '../db/schema/index.ts';
import { countRows, toSafeNumber } from '../db/types.ts';
import { QUEUE_STATUSES, secondsBetween } from './queries.ts';

/** A console that has not refreshed its presence for this long is off duty. */
export const ON_DUTY_WINDOW_MS = 60_000;

/** At most this many overdue follow-ups are listed: enough to see a backlog, not to page it. */
const OVERDUE_LIMIT = 100;

export interface QueueHealth {
  readonly waiting: number;
  readonly unclaimedUrgent: number;
  readonly oldestWaitingSeconds: number | null;
  readonly listeners: readonly {
    readonly id: string;
    readonly name: string;
    readonly role: StaffRole;
    readonly onDuty: boolean;
    readonly lastSeenAt: Date | null;
    readonly openCases: number;
  }[];
  readonly overdueFollowUps: readonly {
    readonly followUpId: string;
    readonly caseId: string;
    readonly reference: string;
    readonly dueAt: Date;
    readonly ownerName: string | null;
  }[];
}

/** The helpline accounts a supervisor oversees: those whose own scope lies within theirs. */
function staffWithin(scope: Scope): SQL {
  switch (scope.level) {
    case 'national':
      return sql`true`;
    case 'region':
      return sql`${staffUsers.scopeRegion} = ${scope.region}`;
    case 'province':
      return sql`${staffUsers.scopeProvince} = ${scope.province}`;
  }
}

/** Waiting = open and unclaimed; "urgent" = emergency, whatever its wait so far. */
async function waitingFigures(db: Db, actor: Actor, now: Date) {
  const [row] = await db
    .select({
      waiting: countRows(),
      unclaimedUrgent: sql<number>`count(*) FILTER (WHERE ${cases.urgency} = 'emergency')`.mapWith(
        toSafeNumber,
      ),
      oldest: sql<Date | null>`min(${cases.createdAt})`.mapWith(cases.createdAt),
    })
    .from(cases)
    .where(
      and(
        inArray(cases.status, [...QUEUE_STATUSES]),
        isNull(cases.ownerId),
        casesWorkableBy(actor, 'case.claim'),
      ),
    );
  return {
    waiting: row?.waiting ?? 0,
    unclaimedUrgent: row?.unclaimedUrgent ?? 0,
    oldestWaitingSeconds: row?.oldest ? secondsBetween(row.oldest, now) : null,
  };
}

async function listeners(db: Db, actor: Actor, now: Date) {
  const openCases = sql<number>`(SELECT count(*) FROM ${cases}
    WHERE ${cases.ownerId} = ${staffUsers.id} AND ${cases.status} <> 'closed')`.mapWith(
    toSafeNumber,
  );
  const rows = await db
    .select({
      id: staffUsers.id,
      name: staffUsers.displayName,
      role: staffUsers.role,
      lastSeenAt: staffPresence.lastSeenAt,
      openCases,
    })
    .from(staffUsers)
    .leftJoin(staffPresence, eq(staffPresence.staffId, staffUsers.id))
    .where(
      and(
        inArray(staffUsers.role, ['listener', 'supervisor']),
        isNull(staffUsers.disabledAt),
        staffWithin(actor.scope),
      ),
    )
    .orderBy(asc(staffUsers.displayName), asc(staffUsers.id));
  return rows.map((row) => ({
    ...row,
    onDuty:
      row.lastSeenAt !== null && now.getTime() - row.lastSeenAt.getTime() <= ON_DUTY_WINDOW_MS,
  }));
}

const reminded = alias(staffUsers, 'reminded');

/**
 * Follow-ups past due and not done on open cases in scope, oldest first (served by
 * `follow_ups_pending_idx`). The name shown is the assignee's, else the case owner's.
 */
async function overdueFollowUps(db: Db, actor: Actor, now: Date) {
  return db
    .select({
      followUpId: followUps.id,
      caseId: followUps.caseId,
      reference: cases.reference,
      dueAt: followUps.dueAt,
      ownerName: reminded.displayName,
    })
    .from(followUps)
    .innerJoin(cases, eq(cases.id, followUps.caseId))
    .leftJoin(reminded, eq(reminded.id, sql`coalesce(${followUps.assignedTo}, ${cases.ownerId})`))
    .where(
      and(
        isNull(followUps.doneAt),
        lt(followUps.dueAt, now),
        ne(cases.status, 'closed'),
        casesWorkableBy(actor, 'case.claim'),
      ),
    )
    .orderBy(asc(followUps.dueAt), asc(followUps.id))
    .limit(OVERDUE_LIMIT);
}

/** The supervisor's view of the queue: backlog, who is on duty and their load, late follow-ups. */
export async function queueHealth(db: Db, actor: Actor, now: Date): Promise<QueueHealth> {
  return {
    ...(await waitingFigures(db, actor, now)),
    listeners: await listeners(db, actor, now),
    overdueFollowUps: await overdueFollowUps(db, actor, now),
  };
}
