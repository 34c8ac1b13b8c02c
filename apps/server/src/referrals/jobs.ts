import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import { loadCase } from '../cases/load.ts';
import { referralBreaches, referrals } from '../db/schema/index.ts';
import { publishEvent } from '../platform/events/publish.ts';
import { newId } from '../platform/ids.ts';
import type { JobHandler, JobHandlers } from '../platform/jobs/types.ts';
import { tellReceivingInstitution, tellReferringSide } from './announce.ts';
import { armDeadline, dueAt, type ReferralClock } from './clock.ts';
import type { ReferralRow } from './load.ts';
import { nextInstitutionFor } from './next.ts';
import { notifyEscalation } from './notify.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';

const payloadSchema = z.object({
  referralId: z.uuid(),
  stage: z.enum(['acknowledge', 'accept']),
  escalation: z.union([z.literal(1), z.literal(2)]),
});

/** The status a referral sits in while it waits on the stage. */
const WAITING_ON = { acknowledge: 'sent', accept: 'acknowledged' } as const;

/**
 * A referral's deadline fell due. If the step is still awaited:
 * 1. the breach is counted (once per referral and stage, for the indicators), the institution's
 *    managers are told, and a second deadline of the same length is armed;
 * 2. at that second deadline the supervisors in scope are told, and the next institution is
 *    proposed to the referring side (never sent: a person chooses).
 * An answer in time cancels the job; a job that finds the step done does nothing.
 */
function deadlineDue(clock: ReferralClock, keyring: Keyring): JobHandler {
  return async (tx, job, now) => {
    const { referralId, stage, escalation } = payloadSchema.parse(job.payload);
    const [row] = await tx
      .select()
      .from(referrals)
      .where(eq(referrals.id, referralId))
      .for('update');
    if (!row || row.status !== WAITING_ON[stage] || row.escalation >= escalation) return;
    const kase = await loadCase(tx, row.caseId, { lock: false });
    if (!kase) return;
    const place = { regionCode: kase.row.regionCode, provinceCode: kase.row.provinceCode };
    const due = stage === 'acknowledge' ? row.acknowledgeDueAt : row.acceptDueAt;

    const changes: Partial<ReferralRow> = { escalation, updatedAt: now };
    if (escalation === 1) {
      await tx
        .insert(referralBreaches)
        .values({
          id: newId(),
          referralId,
          institutionId: row.institutionId,
          stage,
          urgency: row.urgency,
          dueAt: due ?? now,
          detectedAt: now,
          ...place,
        })
        .onConflictDoNothing();
    } else {
      changes.nextInstitutionId = await nextInstitutionFor(tx, row, now);
    }
    const [saved] = await tx
      .update(referrals)
      .set(changes)
      .where(eq(referrals.id, referralId))
      .returning();
    if (!saved) return;
    await recordAudit(tx, {
      action: 'referral.escalated',
      actor: null,
      recordType: 'referral',
      recordId: referralId,
      caseId: row.caseId,
      diff: { stage, escalation, nextInstitutionId: saved.nextInstitutionId },
    });
    const payload = { stage, escalation };
    if (escalation === 1) {
      await tellReceivingInstitution(tx, saved, 'referral.overdue', payload, true);
      await armDeadline(tx, referralId, stage, dueAt(clock, row.urgency, now, stage), 2);
    } else {
      await publishEvent(tx, {
        kind: 'referral.overdue',
        audience: 'supervisors',
        caseId: row.caseId,
        ...place,
        payload: { referralId, ...payload, nextInstitutionId: saved.nextInstitutionId },
      });
    }
    await tellReferringSide(tx, saved, place, 'referral.overdue', payload);
    await notifyEscalation(tx, keyring, saved, escalation, stage, place, kase.row.reference);
  };
}

/** Handlers for referral clocks; `keyring` encrypts the e-mails' recipients in the outbox. */
export function referralJobHandlers(clock: ReferralClock, keyring: Keyring): JobHandlers {
  return { 'referral.deadline': deadlineDue(clock, keyring) };
}
