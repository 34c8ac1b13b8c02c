import {
  isFinalReferralStatus,
  isInstitutionRole,
  type Actor,
  type ContactChannel,
} from '@sanad/core';
import { and, eq } from 'drizzle-orm';
import type { KeyBox } from '../cases/key-box.ts';
import type { LoadedCase } from '../cases/load.ts';
import type { Db } from '../db/database.ts';
import { institutions, referrals } from '../db/schema/index.ts';
import { AppError } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { caseOfRow } from '../referrals/commands.ts';
import { referralWork, type ReferralOptions } from '../referrals/context.ts';
import type { ReferralRow } from '../referrals/load.ts';
import { sendDraft } from '../referrals/send.ts';

/**
 * Refers her to the provider of an opportunity through the referrals' own path (issue #6): the
 * consent gate, the acknowledgement clock, the inbox, the notifications — with a referral of its
 * own, scoped to the opportunity: the provider learns how to reach her about it and nothing of
 * her file, and her consent is to pass this request on (`opportunity_referral`), not to share her
 * file. One referral per enrolment: a live one of the enrolment's is reused, never another.
 */
export async function referToProvider(
  options: ReferralOptions,
  tx: Db,
  box: KeyBox,
  actor: Actor | null,
  loaded: LoadedCase,
  enrolment: { readonly referralId: string | null; readonly providerId: string },
  requestId: string,
  consent?: { readonly channel: ContactChannel },
): Promise<ReferralRow> {
  if (loaded.row.status === 'closed') throw new AppError('invalid_transition');
  const [provider] = await tx
    .select({ id: institutions.id })
    .from(institutions)
    .where(and(eq(institutions.id, enrolment.providerId), eq(institutions.active, true)));
  if (!provider) throw new AppError('opportunity_closed');
  const kase = caseOfRow(loaded.row, loaded.record);
  const work = referralWork(options, tx, box, actor, kase, requestId);
  if (enrolment.referralId !== null) {
    const [own] = await tx.select().from(referrals).where(eq(referrals.id, enrolment.referralId));
    if (own && !isFinalReferralStatus(own.status)) {
      return own.status === 'draft' ? sendDraft(work, own, { consent }) : own;
    }
  }
  const id = newId();
  const [draft] = await tx
    .insert(referrals)
    .values({
      id,
      caseId: loaded.row.id,
      institutionId: enrolment.providerId,
      services: ['economic_support'],
      status: 'draft',
      scope: 'opportunity',
      urgency: loaded.row.urgency,
      emergencyOverride: false,
      createdBy: actor?.id ?? null,
      // Her own "yes" from the app belongs to the case's referring side: the body that
      // registered her, if one did, hears the provider's answers.
      referredByInstitutionId:
        actor !== null && isInstitutionRole(actor)
          ? actor.institutionId
          : actor === null
            ? loaded.row.registeredByInstitutionId
            : null,
      escalation: 0,
      version: 1,
    })
    .returning();
  if (!draft) throw new Error('referral was not created');
  await work.audit({
    action: 'referral.created',
    recordType: 'referral',
    recordId: id,
    diff: {
      institutionId: enrolment.providerId,
      services: 'economic_support',
      scope: 'opportunity',
    },
  });
  return sendDraft(work, draft, { consent });
}
