import { canRecordOutcome, type Actor } from '@sanad/core';
import { and, eq, sql } from 'drizzle-orm';
import { auditActorOf, recordAudit } from '../audit/record.ts';
import { enrolments } from '../db/schema/index.ts';
import { AppError, invalidField } from '../platform/errors.ts';
import type { ReferralRequest } from '../referrals/context.ts';
import { tellPathway } from './announce.ts';
import { onEnrolment, type PathwayOptions } from './commands.ts';
import { casablancaDate } from './dates.ts';
import { recordPathwayEvent } from './events.ts';
import type { EnrolmentView, OutcomeBody } from './schemas.ts';

/**
 * What came of it — employed, business created, income activity started, further training, or
 * none yet — with its date, by either side (the provider at the end, the helpline at the three-
 * and six-month calls). A later answer replaces the current one; each is kept in the feed and
 * shows in her case's timeline.
 */
export async function recordOutcome(
  options: PathwayOptions,
  actor: Actor,
  enrolmentId: string,
  body: OutcomeBody,
  request: ReferralRequest,
): Promise<EnrolmentView> {
  return onEnrolment(options, actor, enrolmentId, request, body.version, async (work) => {
    const { tx, loaded, now } = work;
    // An outcome belongs to a path she took: completed, or left after being passed on.
    const walked = loaded.row.referredAt !== null;
    if (!canRecordOutcome(loaded.row.status) || !walked) throw new AppError('invalid_transition');
    if (body.on > casablancaDate(now)) throw invalidField('body.on', 'invalid');
    const started = casablancaDate(loaded.row.createdAt);
    if (body.on < started) throw invalidField('body.on', 'invalid');
    const [saved] = await tx
      .update(enrolments)
      .set({
        outcome: body.outcome,
        outcomeOn: body.on,
        outcomeRecordedAt: now,
        updatedAt: now,
        version: sql`${enrolments.version} + 1`,
      })
      .where(and(eq(enrolments.id, loaded.row.id), eq(enrolments.version, loaded.row.version)))
      .returning();
    if (!saved) throw new AppError('stale_version', { current: { version: loaded.row.version } });
    await recordPathwayEvent(
      tx,
      { enrolment: saved, opportunity: loaded.opportunity, kase: loaded.caseRow },
      'outcome',
      now,
      { outcome: body.outcome },
    );
    await recordAudit(tx, {
      action: 'enrolment.outcome_recorded',
      actor: auditActorOf(actor),
      recordType: 'enrolment',
      recordId: saved.id,
      caseId: saved.caseId,
      requestId: request.id,
      diff: {
        opportunityKind: loaded.opportunity.kind,
        economicOutcome: body.outcome,
        outcomeOn: body.on,
      },
    });
    await tellPathway(tx, saved, loaded, { outcome: body.outcome });
  });
}
