import {
  allowedTransitions,
  canReassignCase,
  canWorkCase,
  isInstitutionRole,
  type Actor,
  type CaseRecord,
  type UrgentPath,
} from '@sanad/core';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { publicRequests, staffUsers } from '../db/schema/index.ts';
import { grouped } from '../intake/tracking.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';
import { withKeys } from './key-box.ts';
import type { LoadedCase } from './load.ts';
import { timelineOf } from './timeline.ts';
import { urgentPathFor } from './urgent-path.ts';
import { intakeOf } from './view-intake.ts';
import {
  consentsOf,
  contactsOf,
  followUpsOf,
  incidentsOf,
  messagesOf,
  riskAssessmentsOf,
  safetyPlanOf,
  staffRef,
} from './view-records.ts';
import type { CaseView } from './view-schema.ts';

type Abilities = CaseView['abilities'];

/** The core's read-only proposal as the response's plain arrays. */
function presentUrgentPath(path: UrgentPath | null): CaseView['urgentPath'] {
  if (path === null) return null;
  return {
    security: { ...path.security, institutions: path.security.institutions.map((i) => ({ ...i })) },
    prosecution: path.prosecution.map((i) => ({ ...i })),
  };
}

/** What the viewer may do with the case, from the rules (the console never re-derives them). */
export function abilitiesOf(
  actor: Actor,
  row: LoadedCase['row'],
  record: CaseRecord,
  hasThread: boolean,
): Abilities {
  const works = canWorkCase(actor, 'case.claim', record);
  const open = row.status !== 'closed';
  return {
    update: canWorkCase(actor, 'case.update', record),
    claim: works && open && row.ownerId === null,
    release:
      works && row.ownerId !== null && (row.ownerId === actor.id || canReassignCase(actor, record)),
    reassign: canReassignCase(actor, record) && open,
    // Only a case opened from the app has a thread she can read (through her tracking code).
    message: canWorkCase(actor, 'message.send', record) && hasThread,
  };
}

/**
 * Need to know. The helpline sees the whole file. An institution sees a case only through a live
 * referral (`canReadCase`), and then only the file's core; her own words and how to reach her
 * only when she consented to sharing with that institution; never the helpline's working
 * material (calls, messages, follow-ups, timeline).
 */
function audienceOf(actor: Actor): 'helpline' | 'institution' {
  return isInstitutionRole(actor) ? 'institution' : 'helpline';
}

/**
 * The case file for one viewer, decrypted, inside the caller's transaction (so a mutation's
 * answer shows exactly what it committed). The caller has already decided the viewer may read
 * the case, and audits the read when it is one.
 */
export async function readCaseView(
  tx: Db,
  keyring: Keyring,
  loaded: LoadedCase,
  actor: Actor,
): Promise<CaseView> {
  const { row, record } = loaded;
  const keyId = row.dataKeyId;
  const [tracking] = await tx
    .select({ code: publicRequests.trackingCode })
    .from(publicRequests)
    .where(eq(publicRequests.caseId, row.id));
  const [owner] =
    row.ownerId === null
      ? []
      : await tx
          .select({ name: staffUsers.displayName })
          .from(staffUsers)
          .where(eq(staffUsers.id, row.ownerId));
  const abilities = abilitiesOf(actor, row, record, tracking !== undefined);
  const helpline = audienceOf(actor) === 'helpline';

  return withKeys(tx, keyring, async (box) => {
    const consents = await consentsOf(tx, row.id);
    // The body that registered her request reads back what it entered itself.
    const registering =
      actor.institutionId !== null && row.registeredByInstitutionId === actor.institutionId;
    const shared =
      helpline ||
      registering ||
      consents.some(
        (c) =>
          c.purpose === 'sharing_with_institution' &&
          c.granted &&
          c.withdrawnAt === null &&
          c.institutionId === actor.institutionId,
      );
    const incidents = await incidentsOf(tx, box, keyId, row.id);
    const risk = await riskAssessmentsOf(tx, box, keyId, row.id);
    const plan = shared ? await safetyPlanOf(tx, box, keyId, row.id) : null;
    return {
      id: row.id,
      reference: row.reference,
      kind: row.kind,
      status: row.status,
      urgency: row.urgency,
      version: row.version,
      provinceCode: row.provinceCode,
      regionCode: row.regionCode,
      areaType: row.areaType,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      claimedBy: staffRef(row.ownerId, owner?.name ?? null),
      claimedAt: row.claimedAt?.toISOString() ?? null,
      trackingCode: helpline && tracking ? grouped(tracking.code) : null,
      intake: shared ? await intakeOf(tx, keyring, box, row) : null,
      incidents: shared ? incidents : incidents.map((i) => ({ ...i, narrative: null })),
      riskAssessments: helpline
        ? risk
        : risk.map((r) => ({ ...r, answers: shared ? r.answers : {}, overrideReason: null })),
      // An institution sees her consents that concern it, never which others she was sent to.
      consents: helpline
        ? consents
        : consents.filter(
            (c) => c.institutionId === null || c.institutionId === actor.institutionId,
          ),
      safetyPlan: plan?.plan ?? null,
      safetyPlanUpdatedAt: plan?.updatedAt ?? null,
      followUps: helpline ? await followUpsOf(tx, box, keyId, row.id) : [],
      contacts: helpline ? await contactsOf(tx, box, row.id) : [],
      messages: helpline ? await messagesOf(tx, box, keyId, row.id) : [],
      timeline: helpline ? await timelineOf(tx, row.id) : [],
      allowedTransitions: abilities.update ? allowedTransitions(row.status) : [],
      urgentPath: helpline ? presentUrgentPath(await urgentPathFor(tx, row)) : null,
      abilities,
    };
  });
}
