import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { liveEvents, type LiveAudience } from '../../db/schema/index.ts';

/** The channel every node LISTENs on; a notification carries only an event id. */
export const LIVE_CHANNEL = 'sanad_live';

/**
 * What the console hears. Payloads hold codes, ids and times — never a name, a number or a word
 * she wrote — because events are stored, replayed and fanned out to every screen in scope.
 */
export type LiveEventKind =
  /** A case entered the triage queue (app report, support request, call). */
  | 'case.queued'
  /** An EMERGENCY case was accepted: every on-duty listener in scope sees and hears it. */
  | 'alert.urgent'
  /** A case was claimed, released or reassigned: the queue shows who handles it. */
  | 'case.claimed'
  | 'case.released'
  /** A case changed in a way the queue shows (urgency, status) or left the queue. */
  | 'case.updated'
  /** An urgent case was not claimed in time: the supervisors on duty are alerted. */
  | 'alert.unclaimed'
  /** A follow-up or call-back fell due: its listener is reminded. */
  | 'followup.due'
  /** A survivor wrote in her thread: the case's listener is told. */
  | 'message.received'
  /** A referral reached an institution: its staff see it in their inbox. */
  | 'referral.received'
  /** A referral moved a step: both sides see where it stands. */
  | 'referral.updated'
  /** A referral's deadline passed unanswered: managers, then supervisors, are told. */
  | 'referral.overdue'
  /** A referral went without her consent under the emergency override: supervisors are told. */
  | 'referral.override'
  /** An opportunity was proposed to her, or her path through it moved a step. */
  | 'enrolment.updated'
  /** Three or six months after she completed an opportunity: ask her what came of it. */
  | 'enrolment.outcome_due';

/** JSON a payload may hold: codes, ids, counts, times, and small objects of them (who claimed). */
export type LivePayloadValue =
  string | number | boolean | null | { readonly [key: string]: string | number | boolean | null };

export interface LiveEventInput {
  readonly kind: LiveEventKind;
  readonly audience: LiveAudience;
  /** Required when the audience is one staff member. */
  readonly staffId?: string | null;
  /** Required when the audience is an institution's staff or managers. */
  readonly institutionId?: string | null;
  readonly caseId?: string | null;
  readonly regionCode?: string | null;
  readonly provinceCode?: string | null;
  readonly payload?: Readonly<Record<string, LivePayloadValue>>;
}

/**
 * Records a live event inside the caller's transaction and announces it with NOTIFY, which
 * PostgreSQL (and PGlite) delivers only when that transaction commits: the console never hears
 * of a change that was rolled back, and a console that missed the notification finds the row.
 */
export async function publishEvent(tx: Db, event: LiveEventInput): Promise<number> {
  const [row] = await tx
    .insert(liveEvents)
    .values({
      kind: event.kind,
      audience: event.audience,
      staffId: event.staffId ?? null,
      institutionId: event.institutionId ?? null,
      caseId: event.caseId ?? null,
      regionCode: event.regionCode ?? null,
      provinceCode: event.provinceCode ?? null,
      payload: { ...event.payload },
    })
    .returning({ id: liveEvents.id });
  if (!row) throw new Error('live event was not recorded');
  await tx.execute(sql`SELECT pg_notify(${LIVE_CHANNEL}, ${String(row.id)})`);
  return row.id;
}
