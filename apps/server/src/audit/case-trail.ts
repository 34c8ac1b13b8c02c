import { and, desc, eq, lt } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { auditEvents, institutions, staffUsers } from '../db/schema/index.ts';

/**
 * "Who saw her file": the audit events of one case, newest first, with who acted and for which
 * institution. A survivor's advocate or a supervisor reads it; it names staff, never the
 * survivor, and never shows an event's diff or request id (presenter allow-list below).
 *
 * Unscoped by design: the route decides who may read which case's trail before calling this.
 */
export interface CaseTrailEntry {
  readonly seq: number;
  readonly action: string;
  readonly occurredAt: Date;
  readonly purpose: string | null;
  /** Null for events the system recorded on its own. */
  readonly actorId: string | null;
  readonly actorName: string | null;
  /** The institution the actor acted for at the time (recorded in the event), not today's. */
  readonly institutionName: string | null;
}

export interface CaseTrailPage {
  readonly limit: number;
  /** Cursor: only events with a smaller seq (the last seq of the previous page). */
  readonly before?: number;
}

/** One page of a case's trail. Served by audit_events_case_idx (case_id, seq), read backwards. */
export async function listCaseTrail(
  db: Db,
  caseId: string,
  page: CaseTrailPage,
): Promise<CaseTrailEntry[]> {
  return db
    .select({
      seq: auditEvents.seq,
      action: auditEvents.action,
      occurredAt: auditEvents.occurredAt,
      purpose: auditEvents.purpose,
      actorId: auditEvents.actorId,
      actorName: staffUsers.displayName,
      institutionName: institutions.name,
    })
    .from(auditEvents)
    .leftJoin(staffUsers, eq(staffUsers.id, auditEvents.actorId))
    .leftJoin(institutions, eq(institutions.id, auditEvents.actorInstitutionId))
    .where(
      and(
        eq(auditEvents.caseId, caseId),
        page.before === undefined ? undefined : lt(auditEvents.seq, page.before),
      ),
    )
    .orderBy(desc(auditEvents.seq))
    .limit(page.limit);
}

export const caseTrailEntrySchema = z
  .object({
    seq: z.number().int().meta({ description: 'Order of the event; pass as `before` to page on' }),
    action: z.string().meta({ example: 'case.viewed' }),
    occurredAt: z.iso.datetime(),
    purpose: z.string().nullable().meta({ description: 'Why, when the action alone does not say' }),
    actor: z
      .object({
        id: z.guid(),
        name: z.string().nullable(),
        institutionName: z.string().nullable(),
      })
      .nullable()
      .meta({ description: 'Null when the system acted on its own' }),
  })
  .meta({ id: 'CaseTrailEntry' });

export const caseTrailResponseSchema = z
  .object({
    entries: z.array(caseTrailEntrySchema),
    nextBefore: z
      .number()
      .int()
      .nullable()
      .meta({ description: 'Pass as `before` for the next (older) page; null on the last page' }),
  })
  .meta({ id: 'CaseTrail', description: 'Who touched a case file, newest first' });

export type CaseTrailEntryResponse = z.infer<typeof caseTrailEntrySchema>;
export type CaseTrailResponse = z.infer<typeof caseTrailResponseSchema>;

/** The allow-list: exactly these fields leave the server; the diff and request id never do. */
export function presentCaseTrailEntry(entry: CaseTrailEntry): CaseTrailEntryResponse {
  return {
    seq: entry.seq,
    action: entry.action,
    occurredAt: entry.occurredAt.toISOString(),
    purpose: entry.purpose,
    actor:
      entry.actorId === null
        ? null
        : { id: entry.actorId, name: entry.actorName, institutionName: entry.institutionName },
  };
}

/** A page as the response: `nextBefore` is set only when the page came back full. */
export function presentCaseTrail(
  entries: readonly CaseTrailEntry[],
  limit: number,
): CaseTrailResponse {
  const last = entries.at(-1);
  return {
    entries: entries.map(presentCaseTrailEntry),
    nextBefore: entries.length === limit && last !== undefined ? last.seq : null,
  };
}
