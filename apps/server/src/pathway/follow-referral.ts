import type { DropReason } from '@sanad/core';
import { eq } from 'drizzle-orm';
import { enrolments } from '../db/schema/index.ts';
import { releasePlace } from '../opportunities/places.ts';
import type { ReferralOptions, ReferralWork } from '../referrals/context.ts';
import type { ReferralRow } from '../referrals/load.ts';
import { moveEnrolment } from './commands.ts';
import { loadEnrolment } from './load.ts';

/** Why she left, as her path records it, when her referral ended on its own route. */
const ENDED_BECAUSE: Readonly<Record<'declined' | 'revoked', DropReason>> = {
  declined: 'not_suitable',
  revoked: 'other',
};

/**
 * The provider declined her referral, or the referring side revoked it, from the referrals' own
 * screens: her path through the opportunity ends with it (dropped, her place given back), so her
 * app never tells her she has started something that no longer exists.
 */
export async function endEnrolmentOf(
  options: ReferralOptions,
  work: ReferralWork,
  referral: ReferralRow,
  ended: 'declined' | 'revoked',
): Promise<void> {
  const { tx } = work;
  const [linked] = await tx
    .select({ id: enrolments.id })
    .from(enrolments)
    .where(eq(enrolments.referralId, referral.id));
  if (!linked) return;
  const loaded = await loadEnrolment(tx, linked.id, { lock: true });
  if (!loaded || loaded.row.status === 'completed' || loaded.row.status === 'dropped') return;
  await moveEnrolment(
    {
      tx,
      box: work.box,
      options,
      actor: work.actor,
      side: ended === 'declined' ? 'provider' : 'referring',
      loaded,
      now: work.now,
      requestId: work.requestId,
    },
    'dropped',
    { droppedReason: ENDED_BECAUSE[ended] },
  );
  if (loaded.row.placeTaken) await releasePlace(tx, loaded.opportunity.id);
}
