import {
  canReferFromCase,
  canRespondToReferral,
  isFinalReferralStatus,
  isInstitutionRole,
  type Actor,
  type ServiceType,
} from '@sanad/core';
import { and, eq } from 'drizzle-orm';
import { withKeys } from '../cases/key-box.ts';
import { loadCase, type CaseRow } from '../cases/load.ts';
import { institutions, referrals } from '../db/schema/index.ts';
import { AppError, invalidField } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import {
  referralWork,
  staleReferral,
  type ReferralOptions,
  type ReferralRequest,
  type ReferralWork,
} from './context.ts';
import { loadReferral, type LoadedReferral, type ReferralRow } from './load.ts';
import { presentReferrals } from './present.ts';
import type { ReferralView } from './schemas.ts';
import { sendDraft, type SendInput } from './send.ts';

/** The case as a referral command works with it. */
export const caseOfRow = (row: CaseRow, record: LoadedReferral['record']) => ({
  id: row.id,
  reference: row.reference,
  dataKeyId: row.dataKeyId,
  regionCode: row.regionCode,
  provinceCode: row.provinceCode,
  urgency: row.urgency,
  record,
});

/** Runs `work` on a locked referral in one transaction and answers it as this viewer sees it. */
async function onReferral(
  options: ReferralOptions,
  actor: Actor,
  referralId: string,
  request: ReferralRequest,
  decide: (loaded: LoadedReferral) => boolean,
  work: (context: ReferralWork, loaded: LoadedReferral) => Promise<ReferralRow>,
): Promise<ReferralView> {
  return options.db.transaction(async (tx) => {
    const loaded = await loadReferral(tx, referralId, { lock: true });
    request.authorizeRecord(loaded !== undefined && decide(loaded));
    if (!loaded) throw new AppError('not_found');
    const kase = caseOfRow(loaded.caseRow, loaded.record);
    return withKeys(tx, options.keyring, async (box) => {
      const context = referralWork(options, tx, box, actor, kase, request.id);
      const now = context.now;
      const saved = await work(context, loaded);
      const [view] = await presentReferrals(tx, box, [saved], () => kase, actor, now);
      if (!view) throw new Error('referral was not presented');
      return view;
    });
  });
}

/** Either side of the referral may see it; nobody else learns it exists (404). */
export const seesReferral = (actor: Actor, loaded: LoadedReferral): boolean =>
  canRespondToReferral(actor, 'referral.read', loaded.row) ||
  canReferFromCase(actor, 'referral.read', loaded.record);

export interface CreateInput extends SendInput {
  readonly institutionId: string;
  readonly services: readonly ServiceType[];
  readonly send: boolean;
}

/**
 * The referring side creates a referral to one institution, and usually sends it at once. One
 * live referral per institution and case (409 `conflict`); a closed case refers nobody.
 */
export async function createReferral(
  options: ReferralOptions,
  actor: Actor,
  caseId: string,
  input: CreateInput,
  request: ReferralRequest,
): Promise<ReferralView> {
  return options.db.transaction(async (tx) => {
    const loaded = await loadCase(tx, caseId, { lock: true });
    request.authorizeRecord(
      loaded !== undefined && canReferFromCase(actor, 'referral.create', loaded.record),
    );
    if (!loaded) throw new AppError('not_found');
    if (input.send && !canReferFromCase(actor, 'referral.send', loaded.record)) {
      throw new AppError('forbidden');
    }
    if (loaded.row.status === 'closed') throw new AppError('invalid_transition');
    const [institution] = await tx
      .select({ id: institutions.id })
      .from(institutions)
      .where(and(eq(institutions.id, input.institutionId), eq(institutions.active, true)));
    // Neither the institution referring nor the one that registered her case can be its own
    // receiver: one institution would be both sides of the referral.
    const own =
      (isInstitutionRole(actor) && actor.institutionId === input.institutionId) ||
      loaded.row.registeredByInstitutionId === input.institutionId;
    if (!institution || own) throw invalidField('body.institutionId', 'invalid_choice');
    if (!input.send) {
      // A draft records nothing of her consent: say so rather than drop what was sent.
      if (input.consent !== undefined) throw invalidField('body.consent', 'unknown_field');
      if (input.emergencyOverride !== undefined) {
        throw invalidField('body.emergencyOverride', 'unknown_field');
      }
    }
    // One live referral of her case per institution; an opportunity's referral is another path.
    const live = await tx
      .select({ status: referrals.status })
      .from(referrals)
      .where(
        and(
          eq(referrals.caseId, caseId),
          eq(referrals.institutionId, input.institutionId),
          eq(referrals.scope, 'case'),
        ),
      );
    if (live.some((r) => !isFinalReferralStatus(r.status))) throw new AppError('conflict');

    const id = newId();
    const [draft] = await tx
      .insert(referrals)
      .values({
        id,
        caseId,
        institutionId: input.institutionId,
        services: [...new Set(input.services)],
        status: 'draft',
        urgency: loaded.row.urgency,
        emergencyOverride: false,
        createdBy: actor.id,
        referredByInstitutionId: isInstitutionRole(actor) ? actor.institutionId : null,
        escalation: 0,
        version: 1,
      })
      .returning();
    if (!draft) throw new Error('referral was not created');
    const kase = caseOfRow(loaded.row, loaded.record);
    return withKeys(tx, options.keyring, async (box) => {
      const work = referralWork(options, tx, box, actor, kase, request.id);
      await work.audit({
        action: 'referral.created',
        recordType: 'referral',
        recordId: id,
        diff: { institutionId: input.institutionId, services: draft.services.join(',') },
      });
      const saved = input.send ? await sendDraft(work, draft, input) : draft;
      const [view] = await presentReferrals(tx, box, [saved], () => kase, actor, work.now);
      if (!view) throw new Error('referral was not presented');
      return view;
    });
  });
}

/** Sends a draft (the consent gate applies): the referring side only. */
export async function sendReferral(
  options: ReferralOptions,
  actor: Actor,
  referralId: string,
  input: SendInput & { readonly version: number },
  request: ReferralRequest,
): Promise<ReferralView> {
  return onReferral(
    options,
    actor,
    referralId,
    request,
    (loaded) => seesReferral(actor, loaded),
    async (work, { row, record }) => {
      if (!canReferFromCase(actor, 'referral.send', record)) throw new AppError('forbidden');
      if (row.version !== input.version) throw staleReferral(row.version);
      return sendDraft(work, row, input);
    },
  );
}

export { onReferral };
