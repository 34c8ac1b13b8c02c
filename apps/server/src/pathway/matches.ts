import {
  canFollowEnrolment,
  matchOpportunities,
  missingProfileFields,
  type Actor,
  type Match,
  type Relaxation,
} from '@sanad/core';
import { eq } from 'drizzle-orm';
import { auditActorOf, recordAudit } from '../audit/record.ts';
import { withKeys } from '../cases/key-box.ts';
import { loadCase, type LoadedCase } from '../cases/load.ts';
import type { Db } from '../db/database.ts';
import { enrolments } from '../db/schema/index.ts';
import { AppError } from '../platform/errors.ts';
import type { ReferralRequest } from '../referrals/context.ts';
import { loadMatchableOpportunities } from '../opportunities/matchable.ts';
import { bareCard, opportunityCards } from './cards.ts';
import type { PathwayOptions } from './commands.ts';
import { casablancaDate } from './dates.ts';
import { plainProfile, readProfile } from './profile.ts';

/** The case, locked or not, when this actor is its referring side (404 otherwise). */
export async function caseForPathway(
  tx: Db,
  actor: Actor,
  action: 'enrolment.read' | 'enrolment.propose',
  caseId: string,
  request: ReferralRequest,
  lock: boolean,
): Promise<LoadedCase> {
  const loaded = await loadCase(tx, caseId, { lock });
  request.authorizeRecord(loaded !== undefined && canFollowEnrolment(actor, action, loaded.record));
  if (!loaded) throw new AppError('not_found');
  return loaded;
}

/**
 * Opportunities for her, ranked with their reasons by the core's rules; the nearest alternatives
 * when few match. Each says where she already stands on it if it was proposed before. Audited:
 * the profile behind the ranking is hers.
 */
export async function readMatches(
  options: PathwayOptions,
  actor: Actor,
  caseId: string,
  request: ReferralRequest,
) {
  return options.db.transaction(async (tx) => {
    const loaded = await caseForPathway(tx, actor, 'enrolment.read', caseId, request, false);
    const state = await withKeys(tx, options.keyring, (box) => readProfile(tx, box, loaded.row));
    const { profile } = state;
    const candidates = await loadMatchableOpportunities(tx, {
      regionCode: profile.regionCode,
      provinceCode: profile.provinceCode,
      // Every open offer: the core decides what is within her reach, and offers outside her
      // region as the nearest alternatives when few match (a national catalogue is small).
      anywhere: true,
    });
    const result = matchOpportunities(profile, candidates, casablancaDate(new Date()));
    const shown = [...result.matches, ...result.alternatives].map((m) => m.opportunityId);
    const cards = await opportunityCards(tx, shown);
    const standing = new Map(
      (
        await tx
          .select({ opportunityId: enrolments.opportunityId, status: enrolments.status })
          .from(enrolments)
          .where(eq(enrolments.caseId, caseId))
      ).map((r) => [r.opportunityId, r.status]),
    );
    const present = (match: Match & { readonly relaxed?: readonly Relaxation[] }) => {
      const card = cards.get(match.opportunityId);
      if (!card) return [];
      return [
        {
          score: match.score,
          reasons: match.reasons.map((reason) => ({ ...reason })),
          relaxed: [...(match.relaxed ?? [])],
          opportunity: bareCard(card),
          enrolmentStatus: standing.get(match.opportunityId) ?? null,
        },
      ];
    };
    await recordAudit(tx, {
      action: 'opportunity.matches_viewed',
      actor: auditActorOf(actor),
      recordType: 'case',
      recordId: caseId,
      caseId,
      requestId: request.id,
      diff: { matches: result.matches.length, alternatives: result.alternatives.length },
    });
    return {
      profile: plainProfile(profile),
      missing: [...missingProfileFields(profile)],
      matches: result.matches.flatMap(present),
      alternatives: result.alternatives.flatMap(present),
    };
  });
}
