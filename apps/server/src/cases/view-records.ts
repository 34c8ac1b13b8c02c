import { RISK_ANSWERS } from '@sanad/core';
import { asc, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import {
  consents,
  contacts,
  followUps,
  incidents,
  messages,
  riskAssessments,
  safetyPlans,
  staffUsers,
} from '../db/schema/index.ts';
import { placeOf } from '../platform/crypto/envelope.ts';
import type { KeyBox } from './key-box.ts';
import type {
  CaseMessageView,
  ConsentView,
  ContactView,
  FollowUpView,
  IncidentView,
  RiskAssessmentView,
} from './view-schema.ts';

/**
 * The case file's records, each decrypted under the case's key at its own place. Unscoped:
 * `readCaseView` calls these once the viewer may read the case, and drops what the viewer's
 * audience does not get.
 */

/** A nullable staff column joined to its display name. */
export const staffRef = (id: string | null, name: string | null) =>
  id === null ? null : { id, name: name ?? '' };

export async function incidentsOf(
  tx: Db,
  box: KeyBox,
  keyId: string,
  caseId: string,
): Promise<IncidentView[]> {
  const rows = await tx
    .select()
    .from(incidents)
    .where(eq(incidents.caseId, caseId))
    .orderBy(asc(incidents.createdAt), asc(incidents.id));
  return Promise.all(
    rows.map(async (row) => ({
      id: row.id,
      forms: row.forms,
      gbvimsType: row.gbvimsType,
      contexts: row.contexts,
      perpetratorRelation: row.perpetratorRelation,
      occurredOn: row.occurredOn,
      provinceCode: row.provinceCode,
      areaType: row.areaType,
      narrative: await box.text(
        keyId,
        row.narrativeEnc,
        placeOf('incidents', 'narrative_enc', row.id),
      ),
      createdAt: row.createdAt.toISOString(),
    })),
  );
}

/** Answers as stored (any release's question ids), checked like any other input. */
const storedAnswers = z.record(z.string(), z.enum(RISK_ANSWERS));

/** Newest first: the latest assessment is the one that set the urgency. */
export async function riskAssessmentsOf(
  tx: Db,
  box: KeyBox,
  keyId: string,
  caseId: string,
): Promise<RiskAssessmentView[]> {
  const rows = await tx
    .select({ r: riskAssessments, name: staffUsers.displayName })
    .from(riskAssessments)
    .leftJoin(staffUsers, eq(staffUsers.id, riskAssessments.assessedBy))
    .where(eq(riskAssessments.caseId, caseId))
    .orderBy(desc(riskAssessments.createdAt), desc(riskAssessments.id));
  return Promise.all(
    rows.map(async ({ r, name }) => ({
      id: r.id,
      instrumentVersion: r.instrumentVersion,
      answers: await box.json(
        keyId,
        r.answersEnc,
        placeOf('risk_assessments', 'answers_enc', r.id),
        storedAnswers,
      ),
      score: r.score,
      computedLevel: r.computedLevel,
      redFlags: r.redFlags,
      finalLevel: r.finalLevel,
      overrideReason: await box.text(
        keyId,
        r.overrideReasonEnc,
        placeOf('risk_assessments', 'override_reason_enc', r.id),
      ),
      assessedBy: staffRef(r.assessedBy, name),
      createdAt: r.createdAt.toISOString(),
    })),
  );
}

export async function consentsOf(tx: Db, caseId: string): Promise<ConsentView[]> {
  const rows = await tx
    .select({ c: consents, name: staffUsers.displayName })
    .from(consents)
    .leftJoin(staffUsers, eq(staffUsers.id, consents.recordedBy))
    .where(eq(consents.caseId, caseId))
    .orderBy(asc(consents.recordedAt), asc(consents.id));
  return rows.map(({ c, name }) => ({
    id: c.id,
    purpose: c.purpose,
    granted: c.granted,
    channel: c.channel,
    institutionId: c.institutionId,
    recordedAt: c.recordedAt.toISOString(),
    recordedBy: staffRef(c.recordedBy, name),
    withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
  }));
}

export async function safetyPlanOf(
  tx: Db,
  box: KeyBox,
  keyId: string,
  caseId: string,
): Promise<{ plan: string | null; updatedAt: string | null }> {
  const [row] = await tx.select().from(safetyPlans).where(eq(safetyPlans.caseId, caseId));
  if (!row) return { plan: null, updatedAt: null };
  return {
    plan: await box.text(keyId, row.planEnc, placeOf('safety_plans', 'plan_enc', caseId)),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** By due time: the next call-back first. */
export async function followUpsOf(
  tx: Db,
  box: KeyBox,
  keyId: string,
  caseId: string,
): Promise<FollowUpView[]> {
  const rows = await tx
    .select({ f: followUps, name: staffUsers.displayName })
    .from(followUps)
    .leftJoin(staffUsers, eq(staffUsers.id, followUps.assignedTo))
    .where(eq(followUps.caseId, caseId))
    .orderBy(asc(followUps.dueAt), asc(followUps.id));
  return Promise.all(
    rows.map(async ({ f, name }) => ({
      id: f.id,
      kind: f.kind,
      dueAt: f.dueAt.toISOString(),
      note: await box.text(keyId, f.noteEnc, placeOf('follow_ups', 'note_enc', f.id)),
      doneAt: f.doneAt?.toISOString() ?? null,
      assignedTo: staffRef(f.assignedTo, name),
    })),
  );
}

/** Oldest first. A contact's notes are under the key recorded on the contact itself. */
export async function contactsOf(tx: Db, box: KeyBox, caseId: string): Promise<ContactView[]> {
  const rows = await tx
    .select({ c: contacts, name: staffUsers.displayName })
    .from(contacts)
    .leftJoin(staffUsers, eq(staffUsers.id, contacts.handledBy))
    .where(eq(contacts.caseId, caseId))
    .orderBy(asc(contacts.occurredAt), asc(contacts.id));
  return Promise.all(
    rows.map(async ({ c, name }) => ({
      id: c.id,
      direction: c.direction,
      channel: c.channel,
      type: c.type,
      occurredAt: c.occurredAt.toISOString(),
      durationSeconds: c.durationSeconds,
      notes: await box.text(c.dataKeyId, c.notesEnc, placeOf('contacts', 'notes_enc', c.id)),
      outcome: c.outcome,
      handledBy: staffRef(c.handledBy, name),
      caseId: c.caseId,
    })),
  );
}

/** Her thread with the helpline, oldest first; staff are named to staff (not to her). */
export async function messagesOf(
  tx: Db,
  box: KeyBox,
  keyId: string,
  caseId: string,
): Promise<CaseMessageView[]> {
  const rows = await tx
    .select({ m: messages, name: staffUsers.displayName })
    .from(messages)
    .leftJoin(staffUsers, eq(staffUsers.id, messages.staffId))
    .where(eq(messages.caseId, caseId))
    .orderBy(asc(messages.createdAt), asc(messages.id));
  return Promise.all(
    rows.map(async ({ m, name }) => ({
      id: m.id,
      from: m.sender,
      staffName: m.sender === 'staff' ? (name ?? '') : null,
      body: (await box.text(keyId, m.bodyEnc, placeOf('messages', 'body_enc', m.id))) ?? '',
      sentAt: m.createdAt.toISOString(),
    })),
  );
}
