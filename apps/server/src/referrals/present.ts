import {
  allowedReferralTransitions,
  canReferFromCase,
  canRespondToReferral,
  type Actor,
  type CaseRecord,
  type ReferralStatus,
} from '@sanad/core';
import { asc, eq, inArray } from 'drizzle-orm';
import type { KeyBox } from '../cases/key-box.ts';
import { staffRef } from '../cases/view-records.ts';
import type { Db } from '../db/database.ts';
import { institutions, serviceRecords, staffUsers } from '../db/schema/index.ts';
import { placeOf } from '../platform/crypto/envelope.ts';
import type { ReferralRow } from './load.ts';
import type { InstitutionRef, ReferralView } from './schemas.ts';

/** The case as a referral's presentation needs it. */
export interface ReferralCase {
  readonly reference: string;
  readonly dataKeyId: string;
  readonly record: CaseRecord;
}

/** The case as a referral's presentation needs it, from its row (the rules read the referral). */
export function referralCaseOf(c: {
  readonly reference: string;
  readonly dataKeyId: string;
  readonly regionCode: string | null;
  readonly provinceCode: string | null;
  readonly registeredByInstitutionId: string | null;
}): ReferralCase {
  return {
    reference: c.reference,
    dataKeyId: c.dataKeyId,
    record: {
      regionCode: c.regionCode,
      provinceCode: c.provinceCode,
      referrals: [],
      registeredByInstitutionId: c.registeredByInstitutionId,
    },
  };
}

/** Institutions by id, as a referral names them. */
export async function institutionRefs(
  tx: Db,
  ids: readonly (string | null)[],
): Promise<Map<string, InstitutionRef>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await tx
    .select({
      id: institutions.id,
      name: institutions.name,
      type: institutions.type,
      provinceCode: institutions.provinceCode,
      regionCode: institutions.regionCode,
    })
    .from(institutions)
    .where(inArray(institutions.id, wanted));
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * The deadline a referral is still waiting on past its time, if any: by the clock, or because
 * the escalation job already found it missed (the job's clock is the one that counts).
 */
export function overdueStage(row: ReferralRow, now: Date): 'acknowledge' | 'accept' | null {
  const late = (due: Date | null) => row.escalation > 0 || (due !== null && due <= now);
  if (row.status === 'sent' && late(row.acknowledgeDueAt)) return 'acknowledge';
  if (row.status === 'acknowledged' && late(row.acceptDueAt)) return 'accept';
  return null;
}

const OPPORTUNITY_WORK: readonly ReferralStatus[] = ['in_progress', 'completed'];

/** Steps this viewer may take from here, through `POST /referrals/:id/transitions`. */
function stepsFor(actor: Actor, row: ReferralRow, record: CaseRecord): ReferralStatus[] {
  if (canRespondToReferral(actor, 'referral.respond', row)) {
    const steps = allowedReferralTransitions(row.status, 'institution');
    // An opportunity's work is started and ended through her enrolment (enrolled, completed).
    return row.scope === 'opportunity' ? steps.filter((s) => !OPPORTUNITY_WORK.includes(s)) : steps;
  }
  if (canReferFromCase(actor, 'referral.revoke', record)) {
    // Sending has its own route (the consent gate); only revoking is a plain step.
    return allowedReferralTransitions(row.status, 'helpline').filter((s) => s === 'revoked');
  }
  return [];
}

const iso = (at: Date | null): string | null => at?.toISOString() ?? null;

/**
 * Referrals as one viewer sees them, decrypted with the case's key. The receiving institution
 * never reads the override or revocation reasons (the referring side's own record); both sides
 * read the decline reason, the note back and the services delivered.
 */
export async function presentReferrals(
  tx: Db,
  box: KeyBox,
  rows: readonly ReferralRow[],
  caseOf: (row: ReferralRow) => ReferralCase,
  actor: Actor,
  now: Date,
): Promise<ReferralView[]> {
  if (rows.length === 0) return [];
  const refs = await institutionRefs(
    tx,
    rows.flatMap((r) => [r.institutionId, r.referredByInstitutionId, r.nextInstitutionId]),
  );
  const senders = new Map(
    (
      await tx
        .select({ id: staffUsers.id, name: staffUsers.displayName })
        .from(staffUsers)
        .where(
          inArray(
            staffUsers.id,
            rows.map((r) => r.createdBy).filter((id): id is string => id !== null),
          ),
        )
    ).map((s) => [s.id, s.name]),
  );
  const records = await tx
    .select({ s: serviceRecords, name: staffUsers.displayName })
    .from(serviceRecords)
    .leftJoin(staffUsers, eq(staffUsers.id, serviceRecords.recordedBy))
    .where(
      inArray(
        serviceRecords.referralId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(serviceRecords.startedOn), asc(serviceRecords.createdAt));

  const views: ReferralView[] = [];
  for (const row of rows) {
    const kase = caseOf(row);
    const keyId = kase.dataKeyId;
    const institution = refs.get(row.institutionId);
    if (!institution) throw new Error('referral names an unknown institution');
    const referringBody =
      row.referredByInstitutionId === null ? undefined : refs.get(row.referredByInstitutionId);
    const referring = canReferFromCase(actor, 'referral.read', kase.record);
    const receiving = canRespondToReferral(actor, 'referral.read', row);
    const delivered = [];
    for (const { s, name } of records) {
      if (s.referralId !== row.id) continue;
      delivered.push({
        id: s.id,
        serviceType: s.serviceType,
        startedOn: s.startedOn,
        endedOn: s.endedOn,
        notes: await box.text(keyId, s.notesEnc, placeOf('service_records', 'notes_enc', s.id)),
        recordedBy: staffRef(s.recordedBy, name),
        createdAt: s.createdAt.toISOString(),
      });
    }
    const steps = stepsFor(actor, row, kase.record);
    views.push({
      id: row.id,
      caseId: row.caseId,
      caseReference: kase.reference,
      status: row.status,
      urgency: row.urgency,
      services: row.services,
      institution,
      referredBy: referringBody
        ? { kind: 'institution', institution: referringBody }
        : { kind: 'helpline' },
      emergencyOverride: row.emergencyOverride,
      overrideReason: referring
        ? await box.text(
            keyId,
            row.overrideReasonEnc,
            placeOf('referrals', 'override_reason_enc', row.id),
          )
        : null,
      // A decline's reason is the institution's own answer; why the referring side revoked is
      // its record, which may speak of her: the receiving institution learns only that it was.
      reason:
        row.status === 'revoked' && !referring
          ? null
          : await box.text(keyId, row.reasonEnc, placeOf('referrals', 'reason_enc', row.id)),
      noteBack: await box.text(
        keyId,
        row.noteBackEnc,
        placeOf('referrals', 'note_back_enc', row.id),
      ),
      sentBy: staffRef(
        row.createdBy,
        row.createdBy === null ? null : (senders.get(row.createdBy) ?? null),
      ),
      createdAt: row.createdAt.toISOString(),
      sentAt: iso(row.sentAt),
      acknowledgeDueAt: iso(row.acknowledgeDueAt),
      acknowledgedAt: iso(row.acknowledgedAt),
      acceptDueAt: iso(row.acceptDueAt),
      acceptedAt: iso(row.acceptedAt),
      declinedAt: iso(row.declinedAt),
      startedAt: iso(row.startedAt),
      completedAt: iso(row.completedAt),
      revokedAt: iso(row.revokedAt),
      overdue: overdueStage(row, now),
      escalation: Math.min(2, Math.max(0, row.escalation)),
      // Where she may be sent next is the referring side's business, not the declining one's.
      nextProposal:
        !referring || row.nextInstitutionId === null
          ? null
          : (refs.get(row.nextInstitutionId) ?? null),
      serviceRecords: delivered,
      scope: row.scope,
      allowedTransitions: steps,
      abilities: {
        send: row.status === 'draft' && canReferFromCase(actor, 'referral.send', kase.record),
        recordService:
          row.scope === 'case' &&
          (row.status === 'accepted' || row.status === 'in_progress') &&
          receiving &&
          canRespondToReferral(actor, 'referral.record_service', row),
      },
      version: row.version,
    });
  }
  return views;
}
