import { enrolmentStep, type EnrolmentStatus } from '@sanad/core';
import { withKeys } from '../cases/key-box.ts';
import type { Db } from '../db/database.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';
import { AppError } from '../platform/errors.ts';
import type { ReferralClock } from '../referrals/clock.ts';
import { requireOpen } from './cards.ts';
import { moveEnrolment, type EnrolmentWork } from './commands.ts';
import { casablancaDate } from './dates.ts';
import { loadEnrolment } from './load.ts';
import { referToProvider } from './refer.ts';
import type { InterestBody, SurvivorOpportunity } from './schemas.ts';
import { survivorOpportunityOf } from './survivor.ts';

/** Where a "yes" already stands: asking again changes nothing. */
const ALREADY_YES: readonly EnrolmentStatus[] = ['referred', 'applied', 'enrolled', 'completed'];

/**
 * Her answer from the app on an opportunity proposed to her. "Yes, and pass my request on"
 * records her consent to pass this request to that provider (channel: the app) and refers her at
 * once through the consent gate, with the referrals' clocks; "yes" alone tells her listener, who
 * calls her; "no" closes it. The same answer twice changes nothing (a double tap, or the offline
 * queue resending), and a "yes" after the provider moved on neither.
 */
export async function answerFromApp(
  deps: { readonly db: Db; readonly keyring: Keyring; readonly clock: ReferralClock },
  caseId: string,
  enrolmentId: string,
  body: InterestBody,
  requestId: string,
): Promise<SurvivorOpportunity> {
  return deps.db.transaction(async (tx) => {
    const loaded = await loadEnrolment(tx, enrolmentId, { lock: true });
    // Another woman's enrolment id is as unknown here as a made-up one.
    if (!loaded || loaded.row.caseId !== caseId) throw new AppError('not_found');
    const status = loaded.row.status;
    const repeat = body.interested
      ? ALREADY_YES.includes(status) || (status === 'interested' && !body.shareWithProvider)
      : status === 'dropped';
    if (!repeat) {
      const now = new Date();
      if (loaded.caseRow.status === 'closed') throw new AppError('invalid_transition');
      await withKeys(tx, deps.keyring, async (box) => {
        const work: EnrolmentWork = {
          tx,
          box,
          options: deps,
          actor: null,
          side: 'survivor',
          loaded,
          now,
          requestId,
        };
        if (!body.interested) {
          decide(status, 'not_interested');
          await moveEnrolment(work, 'dropped', { droppedReason: 'not_interested' });
          return;
        }
        requireOpen(loaded.opportunity, casablancaDate(now));
        let current = work;
        if (status !== 'interested') {
          decide(status, 'interest');
          current = {
            ...work,
            loaded: { ...loaded, row: await moveEnrolment(work, 'interested') },
          };
        }
        if (!body.shareWithProvider) return;
        const referral = await referToProvider(
          deps,
          tx,
          box,
          null,
          { row: loaded.caseRow, record: loaded.record },
          { referralId: loaded.row.referralId, providerId: loaded.opportunity.providerId },
          requestId,
          { channel: 'app' },
        );
        await moveEnrolment(current, 'referred', { referralId: referral.id });
      });
    }
    const saved = await loadEnrolment(tx, enrolmentId, { lock: false });
    if (!saved) throw new Error('enrolment vanished inside its transaction');
    return survivorOpportunityOf(saved.row, saved.opportunity, saved.providerName, new Date());
  });
}

function decide(status: EnrolmentStatus, step: 'interest' | 'not_interested'): void {
  if (!enrolmentStep(status, step, 'survivor').ok) throw new AppError('invalid_transition');
}
