import {
  ENROLMENT_OPEN_STATUSES,
  SHARING_REFERRAL_STATUSES,
  canFollowEnrolment,
  type Actor,
} from '@sanad/core';
import { and, asc, desc, eq, inArray, notInArray } from 'drizzle-orm';
import { auditActorOf, recordAudits, type AuditEventInput } from '../audit/record.ts';
import { loadCase } from '../cases/load.ts';
import type { Db } from '../db/database.ts';
import { enrolments, opportunities, referrals } from '../db/schema/index.ts';
import { AppError } from '../platform/errors.ts';
import { seesReferral } from '../referrals/commands.ts';
import type { ReferralRequest } from '../referrals/context.ts';
import { loadReferral } from '../referrals/load.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';
import type { PathwayOptions } from './commands.ts';
import { providerContact } from './contact.ts';
import { loadEnrolment, type LoadedEnrolment } from './load.ts';
import { presentEnrolment, seesEnrolment, sideOf } from './present.ts';
import type { EnrolmentView } from './schemas.ts';

const viewed = (actor: Actor, loaded: LoadedEnrolment, requestId: string): AuditEventInput => ({
  action: 'enrolment.viewed',
  actor: auditActorOf(actor),
  recordType: 'enrolment',
  recordId: loaded.row.id,
  caseId: loaded.row.caseId,
  requestId,
});

/** Loads each id and keeps those this actor may read, presented and audited in one statement. */
async function presentAll(
  tx: Db,
  keyring: Keyring,
  actor: Actor,
  ids: readonly string[],
  requestId: string,
): Promise<EnrolmentView[]> {
  const loaded: LoadedEnrolment[] = [];
  for (const id of ids) {
    const one = await loadEnrolment(tx, id, { lock: false });
    if (one && seesEnrolment(actor, one)) loaded.push(one);
  }
  await recordAudits(
    tx,
    loaded.map((one) => viewed(actor, one, requestId)),
  );
  const views: EnrolmentView[] = [];
  for (const one of loaded) {
    const side = sideOf(actor, one);
    views.push(presentEnrolment(one, side, await providerContact(tx, keyring, one, side)));
  }
  return views;
}

/** The opportunities proposed on her case, oldest first (the case's referring side). */
export async function readCaseEnrolments(
  options: PathwayOptions,
  actor: Actor,
  caseId: string,
  request: ReferralRequest,
): Promise<EnrolmentView[]> {
  return options.db.transaction(async (tx) => {
    const loadedCase = await loadCase(tx, caseId, { lock: false });
    request.authorizeRecord(
      loadedCase !== undefined && canFollowEnrolment(actor, 'enrolment.read', loadedCase.record),
    );
    if (!loadedCase) throw new AppError('not_found');
    const ids = await tx
      .select({ id: enrolments.id })
      .from(enrolments)
      .where(eq(enrolments.caseId, caseId))
      .orderBy(asc(enrolments.createdAt), asc(enrolments.id));
    return presentAll(
      tx,
      options.keyring,
      actor,
      ids.map((r) => r.id),
      request.id,
    );
  });
}

/**
 * A provider's candidates: the women referred to it for one of its opportunities, open ones
 * first by the date they were referred, or the finished ones. Only through a live or finished
 * referral it received — a woman merely proposed, or interested without agreeing to be passed
 * on, is not its to see.
 */
export async function readProviderEnrolments(
  options: PathwayOptions,
  actor: Actor,
  view: 'open' | 'closed',
  requestId: string,
): Promise<EnrolmentView[]> {
  const institutionId = actor.institutionId;
  if (institutionId === null) return [];
  return options.db.transaction(async (tx) => {
    const open = [...ENROLMENT_OPEN_STATUSES];
    const ids = await tx
      .select({ id: enrolments.id })
      .from(enrolments)
      .innerJoin(opportunities, eq(opportunities.id, enrolments.opportunityId))
      .innerJoin(referrals, eq(referrals.id, enrolments.referralId))
      .where(
        and(
          eq(opportunities.providerId, institutionId),
          eq(referrals.institutionId, institutionId),
          inArray(referrals.status, [...SHARING_REFERRAL_STATUSES]),
          view === 'open' ? inArray(enrolments.status, open) : notInArray(enrolments.status, open),
        ),
      )
      .orderBy(view === 'open' ? asc(enrolments.referredAt) : desc(enrolments.updatedAt))
      .limit(200);
    return presentAll(
      tx,
      options.keyring,
      actor,
      ids.map((r) => r.id),
      requestId,
    );
  });
}

/** One enrolment, for either side. */
export async function readEnrolment(
  options: PathwayOptions,
  actor: Actor,
  enrolmentId: string,
  request: ReferralRequest,
): Promise<EnrolmentView> {
  return options.db.transaction(async (tx) => {
    const loaded = await loadEnrolment(tx, enrolmentId, { lock: false });
    request.authorizeRecord(loaded !== undefined && seesEnrolment(actor, loaded));
    if (!loaded) throw new AppError('not_found');
    await recordAudits(tx, [viewed(actor, loaded, request.id)]);
    const side = sideOf(actor, loaded);
    return presentEnrolment(loaded, side, await providerContact(tx, options.keyring, loaded, side));
  });
}

/** The enrolment a referral carries, if any (what the provider's referral page shows). */
export async function readReferralEnrolment(
  options: PathwayOptions,
  actor: Actor,
  referralId: string,
  request: ReferralRequest,
): Promise<EnrolmentView | null> {
  return options.db.transaction(async (tx) => {
    const referral = await loadReferral(tx, referralId, { lock: false });
    request.authorizeRecord(referral !== undefined && seesReferral(actor, referral));
    const [found] = await tx
      .select({ id: enrolments.id })
      .from(enrolments)
      .where(eq(enrolments.referralId, referralId));
    if (!found) return null;
    const [view] = await presentAll(tx, options.keyring, actor, [found.id], request.id);
    return view ?? null;
  });
}
