import {
  canFollowEnrolment,
  enrolmentStep,
  type Actor,
  type EnrolmentSide,
  type EnrolmentStatus,
} from '@sanad/core';
import { and, eq, sql } from 'drizzle-orm';
import { auditActorOf, recordAudit } from '../audit/record.ts';
import { withKeys, type KeyBox } from '../cases/key-box.ts';
import { loadCase } from '../cases/load.ts';
import type { Db } from '../db/database.ts';
import { enrolments } from '../db/schema/index.ts';
import { AppError, invalidField } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import type { ReferralOptions, ReferralRequest } from '../referrals/context.ts';
import { textHerNews } from '../referrals/notify.ts';
import { opportunityCards, requireOpen } from './cards.ts';
import { casablancaDate } from './dates.ts';
import { recordPathwayEvent } from './events.ts';
import { loadEnrolment, type EnrolmentRow, type LoadedEnrolment } from './load.ts';
import { tellPathway } from './announce.ts';
import { providerContact } from './contact.ts';
import { presentEnrolment, seesEnrolment, sideOf } from './present.ts';
import type { EnrolmentView } from './schemas.ts';

/** What the pathway's routes are given: the referrals' own (its referrals go the same way). */
export type PathwayOptions = ReferralOptions;

/** What a step's work gets, inside its transaction, on a locked enrolment. */
export interface EnrolmentWork {
  readonly tx: Db;
  readonly box: KeyBox;
  readonly options: PathwayOptions;
  /** null: her app. */
  readonly actor: Actor | null;
  readonly side: EnrolmentSide;
  readonly loaded: LoadedEnrolment;
  readonly now: Date;
  readonly requestId: string;
}

/**
 * Runs `work` on a locked enrolment in one transaction: 404 outside the actor's reach, 409 with
 * the current version when it changed since it was read, and the answer as this viewer sees it.
 */
export async function onEnrolment(
  options: PathwayOptions,
  actor: Actor,
  enrolmentId: string,
  request: ReferralRequest,
  expectedVersion: number | null,
  work: (context: EnrolmentWork) => Promise<void>,
): Promise<EnrolmentView> {
  return options.db.transaction(async (tx) => {
    const loaded = await loadEnrolment(tx, enrolmentId, { lock: true });
    request.authorizeRecord(loaded !== undefined && seesEnrolment(actor, loaded));
    if (!loaded) throw new AppError('not_found');
    const side = sideOf(actor, loaded);
    if (side === null) throw new AppError('forbidden');
    if (expectedVersion !== null && loaded.row.version !== expectedVersion) {
      throw new AppError('stale_version', { current: { version: loaded.row.version } });
    }
    await withKeys(tx, options.keyring, (box) =>
      work({ tx, box, options, actor, side, loaded, now: new Date(), requestId: request.id }),
    );
    const saved = await loadEnrolment(tx, enrolmentId, { lock: false });
    if (!saved) throw new Error('enrolment vanished inside its transaction');
    const after = sideOf(actor, saved);
    return presentEnrolment(saved, after, await providerContact(tx, options.keyring, saved, after));
  });
}

/** The timestamp column each status sets when reached. */
const REACHED_AT: Partial<Record<EnrolmentStatus, keyof EnrolmentRow>> = {
  interested: 'interestedAt',
  referred: 'referredAt',
  applied: 'appliedAt',
  enrolled: 'enrolledAt',
  dropped: 'droppedAt',
};

/**
 * Moves the enrolment to `to` (the step already decided by the core's state machine): its date,
 * a version bump, the feed, the audit trail (shown in her case's timeline) and the live event.
 */
export async function moveEnrolment(
  work: EnrolmentWork,
  to: Exclude<EnrolmentStatus, 'proposed'>,
  changes: Partial<EnrolmentRow> = {},
): Promise<EnrolmentRow> {
  const { tx, loaded, now } = work;
  const reached = REACHED_AT[to];
  const set: Partial<EnrolmentRow> = { ...changes, status: to, updatedAt: now };
  if (reached !== undefined) Object.assign(set, { [reached]: now });
  if (to === 'completed') set.completedOn = casablancaDate(now);
  const [saved] = await tx
    .update(enrolments)
    .set({ ...set, version: sql`${enrolments.version} + 1` })
    .where(and(eq(enrolments.id, loaded.row.id), eq(enrolments.version, loaded.row.version)))
    .returning();
  if (!saved) throw new AppError('stale_version', { current: { version: loaded.row.version } });
  await recordPathwayEvent(
    tx,
    { enrolment: saved, opportunity: loaded.opportunity, kase: loaded.caseRow },
    to,
    now,
    { dropReason: saved.droppedReason },
  );
  await recordAudit(tx, {
    action: `enrolment.${auditVerb(to)}`,
    actor: work.actor === null ? null : auditActorOf(work.actor),
    recordType: 'enrolment',
    recordId: saved.id,
    caseId: saved.caseId,
    requestId: work.requestId,
    diff: {
      opportunityKind: loaded.opportunity.kind,
      enrolmentStatus: to,
      ...(saved.droppedReason !== null && to === 'dropped'
        ? { dropReason: saved.droppedReason }
        : {}),
    },
  });
  await tellPathway(tx, saved, loaded, { status: to });
  return saved;
}

const auditVerb = (to: Exclude<EnrolmentStatus, 'proposed'>) =>
  ({
    interested: 'interest_recorded',
    referred: 'referred',
    applied: 'applied',
    enrolled: 'enrolled',
    completed: 'completed',
    dropped: 'dropped',
  })[to] as 'interest_recorded' | 'referred' | 'applied' | 'enrolled' | 'completed' | 'dropped';

/** The core's decision for a step, as an API error when refused. */
export function decideStep(
  status: EnrolmentStatus,
  step: Parameters<typeof enrolmentStep>[1],
  side: EnrolmentSide,
): EnrolmentStatus {
  const decision = enrolmentStep(status, step, side);
  if (decision.ok) return decision.next;
  throw new AppError(decision.reason === 'not_your_step' ? 'forbidden' : 'invalid_transition');
}

/**
 * The referring side proposes an opportunity to her: it must still be open and have a place.
 * She sees it in "follow my request" (and, if she chose SMS, hears there is news).
 */
export async function proposeOpportunity(
  options: PathwayOptions,
  actor: Actor,
  caseId: string,
  opportunityId: string,
  request: ReferralRequest,
): Promise<EnrolmentView> {
  return options.db.transaction(async (tx) => {
    const loadedCase = await loadCase(tx, caseId, { lock: true });
    request.authorizeRecord(
      loadedCase !== undefined && canFollowEnrolment(actor, 'enrolment.propose', loadedCase.record),
    );
    if (!loadedCase) throw new AppError('not_found');
    if (loadedCase.row.status === 'closed') throw new AppError('invalid_transition');
    const card = (await opportunityCards(tx, [opportunityId])).get(opportunityId);
    if (!card) throw invalidField('body.opportunityId', 'invalid_choice');
    const now = new Date();
    const today = casablancaDate(now);
    const { row } = card;
    requireOpen(row, today);
    const id = newId();
    const inserted = await tx
      .insert(enrolments)
      .values({
        id,
        opportunityId,
        caseId,
        status: 'proposed',
        proposedBy: actor.id,
        version: 1,
        placeTaken: false,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning();
    const [created] = inserted;
    // Proposed before (whatever became of it): the earlier path stays, nothing is duplicated.
    if (!created) throw new AppError('conflict');
    await recordPathwayEvent(
      tx,
      { enrolment: created, opportunity: row, kase: loadedCase.row },
      'proposed',
      now,
    );
    await recordAudit(tx, {
      action: 'enrolment.proposed',
      actor: auditActorOf(actor),
      recordType: 'enrolment',
      recordId: id,
      caseId,
      requestId: request.id,
      diff: { opportunityKind: row.kind, enrolmentStatus: 'proposed', opportunityId },
    });
    await textHerNews(tx, options.keyring, caseId, `enrolment:${id}:proposed`);
    const loaded = await loadEnrolment(tx, id, { lock: false });
    if (!loaded) throw new Error('enrolment was not created');
    await tellPathway(tx, created, loaded, { status: 'proposed' });
    return presentEnrolment(loaded, 'referring');
  });
}
