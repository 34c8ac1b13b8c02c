import { canReferFromCase, type Actor, type ReferralStatus, type ServiceType } from '@sanad/core';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { auditActorOf, recordAudit, recordAudits } from '../audit/record.ts';
import { withKeys } from '../cases/key-box.ts';
import { loadCase } from '../cases/load.ts';
import { cases, institutions, referrals } from '../db/schema/index.ts';
import { AppError } from '../platform/errors.ts';
import { seesReferral } from './commands.ts';
import type { ReferralOptions, ReferralRequest } from './context.ts';
import { loadReferral, type ReferralRow } from './load.ts';
import { presentReferrals, referralCaseOf, type ReferralCase } from './present.ts';
import { derivedNeeds, proposalsFor } from './proposals.ts';
import type { InstitutionRef, ProposalView, ReferralView } from './schemas.ts';

/**
 * Ranked proposals for her case, for the referring side. Audited: the proposals reveal which
 * institutions she agreed to share with.
 */
export async function readProposals(
  options: ReferralOptions,
  actor: Actor,
  caseId: string,
  services: readonly ServiceType[] | undefined,
  request: ReferralRequest,
): Promise<{ services: ServiceType[]; proposals: ProposalView[] }> {
  return options.db.transaction(async (tx) => {
    const loaded = await loadCase(tx, caseId, { lock: false });
    request.authorizeRecord(
      loaded !== undefined && canReferFromCase(actor, 'referral.create', loaded.record),
    );
    if (!loaded) throw new AppError('not_found');
    const needs = services ? [...services] : await derivedNeeds(tx, loaded.row);
    const proposals = await proposalsFor(tx, loaded.row, needs, new Date());
    await recordAudit(tx, {
      action: 'referral.proposals_viewed',
      actor: auditActorOf(actor),
      recordType: 'case',
      recordId: caseId,
      caseId,
      requestId: request.id,
    });
    return { services: needs, proposals };
  });
}

/** Every referral of a case, newest first, for its referring side (audited as a reading). */
export async function readCaseReferrals(
  options: ReferralOptions,
  actor: Actor,
  caseId: string,
  request: ReferralRequest,
): Promise<ReferralView[]> {
  return options.db.transaction(async (tx) => {
    const loaded = await loadCase(tx, caseId, { lock: false });
    request.authorizeRecord(
      loaded !== undefined && canReferFromCase(actor, 'referral.read', loaded.record),
    );
    if (!loaded) throw new AppError('not_found');
    const rows = await tx
      .select()
      .from(referrals)
      .where(eq(referrals.caseId, caseId))
      .orderBy(desc(referrals.createdAt), desc(referrals.id));
    const kase: ReferralCase = {
      reference: loaded.row.reference,
      dataKeyId: loaded.row.dataKeyId,
      record: loaded.record,
    };
    await recordAudit(tx, {
      action: 'referral.viewed',
      actor: auditActorOf(actor),
      recordType: 'case',
      recordId: caseId,
      caseId,
      requestId: request.id,
    });
    return withKeys(tx, options.keyring, (box) =>
      presentReferrals(tx, box, rows, () => kase, actor, new Date()),
    );
  });
}

/** One referral, for either side (404 for anyone else); audited. */
export async function readReferral(
  options: ReferralOptions,
  actor: Actor,
  referralId: string,
  request: ReferralRequest,
): Promise<ReferralView> {
  return options.db.transaction(async (tx) => {
    const loaded = await loadReferral(tx, referralId, { lock: false });
    request.authorizeRecord(loaded !== undefined && seesReferral(actor, loaded));
    if (!loaded) throw new AppError('not_found');
    await recordAudit(tx, {
      action: 'referral.viewed',
      actor: auditActorOf(actor),
      recordType: 'referral',
      recordId: referralId,
      caseId: loaded.row.caseId,
      requestId: request.id,
    });
    const kase: ReferralCase = {
      reference: loaded.caseRow.reference,
      dataKeyId: loaded.caseRow.dataKeyId,
      record: loaded.record,
    };
    const [view] = await withKeys(tx, options.keyring, (box) =>
      presentReferrals(tx, box, [loaded.row], () => kase, actor, new Date()),
    );
    if (!view) throw new AppError('not_found');
    return view;
  });
}

const OPEN: readonly ReferralStatus[] = ['sent', 'acknowledged', 'accepted', 'in_progress'];
const CLOSED: readonly ReferralStatus[] = ['declined', 'completed', 'revoked'];

/** The earliest deadline still running, for the inbox's order (open work, most pressing first). */
const pressing = (row: ReferralRow): number =>
  (row.status === 'sent'
    ? row.acknowledgeDueAt
    : row.status === 'acknowledged'
      ? row.acceptDueAt
      : null
  )?.getTime() ?? Number.MAX_SAFE_INTEGER;

/**
 * The receiving institution's inbox: referrals addressed to it (drafts never), open ones by the
 * deadline they wait on, closed ones newest first. Each referral shown is audited, since the
 * inbox decrypts reasons and notes.
 */
export async function readInbox(
  options: ReferralOptions,
  actor: Actor,
  view: 'open' | 'closed' | 'all',
  requestId: string,
): Promise<{ institution: InstitutionRef; referrals: ReferralView[] }> {
  const institutionId = actor.institutionId;
  if (institutionId === null) throw new AppError('not_found');
  return options.db.transaction(async (tx) => {
    const [institution] = await tx
      .select({
        id: institutions.id,
        name: institutions.name,
        type: institutions.type,
        provinceCode: institutions.provinceCode,
        regionCode: institutions.regionCode,
      })
      .from(institutions)
      .where(eq(institutions.id, institutionId));
    if (!institution) throw new AppError('not_found');
    const fetch = (statuses: readonly ReferralStatus[], limit: number) =>
      tx
        .select({ r: referrals, c: cases })
        .from(referrals)
        .innerJoin(cases, eq(cases.id, referrals.caseId))
        .where(
          and(eq(referrals.institutionId, institutionId), inArray(referrals.status, [...statuses])),
        )
        .orderBy(desc(referrals.updatedAt))
        .limit(limit);
    // Open work is never cut off by a busy history: it is fetched on its own, whole, and put in
    // the order of the deadline it waits on; the closed ones are the most recent.
    const open = view === 'closed' ? [] : await fetch(OPEN, 2_000);
    const closed = view === 'open' ? [] : await fetch(CLOSED, 200);
    const sorted = [...open.sort((a, b) => pressing(a.r) - pressing(b.r)), ...closed];
    const caseById = new Map(sorted.map(({ c }) => [c.id, c]));
    await recordAudits(
      tx,
      sorted.map(({ r }) => ({
        action: 'referral.viewed',
        actor: auditActorOf(actor),
        recordType: 'referral',
        recordId: r.id,
        caseId: r.caseId,
        requestId,
      })),
    );
    const referralViews = await withKeys(tx, options.keyring, (box) =>
      presentReferrals(
        tx,
        box,
        sorted.map(({ r }) => r),
        (row) => {
          const c = caseById.get(row.caseId);
          if (!c) throw new Error('referral without its case');
          return referralCaseOf(c);
        },
        actor,
        new Date(),
      ),
    );
    return { institution, referrals: referralViews };
  });
}
