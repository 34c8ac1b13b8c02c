import { and, desc, eq, notInArray } from 'drizzle-orm';
import type { AuditAction } from '../audit/actions.ts';
import type { Db } from '../db/database.ts';
import { auditEvents, staffUsers } from '../db/schema/index.ts';
import { staffRef } from './view-records.ts';
import type { TimelineEntry } from './view-schema.ts';

/**
 * Reads are left out of the case's timeline: the timeline tells what happened to her file, and
 * who looked at it is the audit trail's business (supervisors only, `audit/routes.ts`) — a
 * listener must not learn it through the timeline.
 */
const READS: readonly AuditAction[] = [
  'case.read',
  'case.viewed',
  'case.searched',
  'person.viewed',
  'contact.history_viewed',
  'audit.case_trail_viewed',
  'economic_profile.viewed',
  'opportunity.matches_viewed',
  'enrolment.viewed',
  'referral.viewed',
  'referral.proposals_viewed',
];

/** A long-running case keeps its latest events; the full trail stays in the audit log. */
export const TIMELINE_LIMIT = 300;

/**
 * Audit diffs hold codes, ids and flags only (never personal values: `audit/record.ts`), so they
 * can be shown; anything that is not a scalar or a list of scalars is left out.
 */
function summaryOf(diff: unknown): TimelineEntry['summary'] {
  if (diff === null || typeof diff !== 'object' || Array.isArray(diff)) return {};
  const summary: TimelineEntry['summary'] = {};
  for (const [key, value] of Object.entries(diff as Record<string, unknown>)) {
    if (
      value === null ||
      typeof value === 'string' ||
      typeof value === 'number' ||
      typeof value === 'boolean'
    ) {
      summary[key] = value;
    } else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      summary[key] = value.join(', ');
    }
  }
  return summary;
}

/** What happened to the case, oldest first, with who did it (null: the system or her app). */
export async function timelineOf(tx: Db, caseId: string): Promise<TimelineEntry[]> {
  const rows = await tx
    .select({
      at: auditEvents.occurredAt,
      kind: auditEvents.action,
      actorId: auditEvents.actorId,
      name: staffUsers.displayName,
      diff: auditEvents.diff,
    })
    .from(auditEvents)
    .leftJoin(staffUsers, eq(staffUsers.id, auditEvents.actorId))
    .where(and(eq(auditEvents.caseId, caseId), notInArray(auditEvents.action, [...READS])))
    .orderBy(desc(auditEvents.seq))
    .limit(TIMELINE_LIMIT);
  return rows.reverse().map((row) => ({
    at: row.at.toISOString(),
    kind: row.kind,
    by: staffRef(row.actorId, row.name),
    summary: summaryOf(row.diff),
  }));
}
