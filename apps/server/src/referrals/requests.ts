import { findProvince, type Actor, type ServiceType } from '@sanad/core';
import { desc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { auditActorOf, recordAudit, recordAudits } from '../audit/record.ts';
import { withKeys } from '../cases/key-box.ts';
import type { Db } from '../db/database.ts';
import { cases, consents, incidents, referrals } from '../db/schema/index.ts';
import { createPerson } from '../persons/persons.ts';
import { InvalidPhoneError } from '../platform/crypto/blind-index.ts';
import { createDataKey } from '../platform/crypto/data-keys.ts';
import { encryptText, placeOf } from '../platform/crypto/envelope.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';
import { AppError, invalidField } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { nextCaseReference } from '../queue/reference.ts';
import type { ReferralOptions } from './context.ts';
import { presentReferrals, referralCaseOf } from './present.ts';
import type { registerRequestBodySchema, ReferralView } from './schemas.ts';

type RegisterRequest = z.infer<typeof registerRequestBodySchema>;

/** Economic support and orientation alone are a support request; anything else, a report. */
const SUPPORT_ONLY: readonly ServiceType[] = ['economic_support', 'orientation'];

/**
 * A competent body (a court cell, a hospital unit, an EMF centre…) registers a woman it is
 * already seeing and asks for services elsewhere — Aman Lki's second door. The case is opened
 * active and held by that institution (it is not put in the helpline's queue: someone is already
 * with her), her name and number are encrypted under her own key, the body's summary is kept as
 * the incident's narrative under the case's key, and her consent to care is recorded as she gave
 * it; her consent to sharing is asked per institution when the body refers her.
 * The institution then routes the case through the same proposals and referral lifecycle.
 */
export async function registerRequest(
  db: Db,
  keyring: Keyring,
  actor: Actor,
  input: RegisterRequest,
  requestId: string,
): Promise<{ caseId: string; reference: string }> {
  const institutionId = actor.institutionId;
  if (institutionId === null) throw new AppError('forbidden');
  const province = findProvince(input.provinceCode);
  if (!province) throw invalidField('body.provinceCode', 'invalid_choice');
  const now = new Date();
  return db.transaction(async (tx) => {
    let survivorId: string | null = null;
    if (input.firstName !== undefined || input.phone !== undefined) {
      try {
        survivorId = (
          await createPerson(tx, keyring, {
            ...(input.firstName !== undefined ? { name: input.firstName } : {}),
            ...(input.phone !== undefined ? { phone: input.phone } : {}),
            provinceCode: input.provinceCode,
            ...(input.areaType !== undefined ? { areaType: input.areaType } : {}),
          })
        ).id;
      } catch (error) {
        if (error instanceof InvalidPhoneError) throw invalidField('body.phone', 'invalid_format');
        throw error;
      }
    }
    const caseId = newId();
    const key = await createDataKey(tx, keyring, 'record');
    try {
      const reference = await nextCaseReference(tx, now);
      const kind = input.services.every((s) => SUPPORT_ONLY.includes(s))
        ? 'support_request'
        : 'violence_report';
      await tx.insert(cases).values({
        id: caseId,
        reference,
        dataKeyId: key.id,
        survivorId,
        status: 'active',
        urgency: input.urgency,
        kind,
        regionCode: province.regionCode,
        provinceCode: province.code,
        areaType: input.areaType ?? null,
        version: 1,
        createdAt: now,
        updatedAt: now,
        registeredByInstitutionId: institutionId,
        requestedServices: [...new Set(input.services)],
      });
      if (input.summary !== undefined) {
        const incidentId = newId();
        await tx.insert(incidents).values({
          id: incidentId,
          caseId,
          forms: [],
          contexts: [],
          provinceCode: province.code,
          areaType: input.areaType ?? null,
          narrativeEnc: encryptText(
            key.key,
            input.summary,
            placeOf('incidents', 'narrative_enc', incidentId),
          ),
          createdBy: actor.id,
          createdAt: now,
        });
      }
      await tx.insert(consents).values({
        id: newId(),
        caseId,
        purpose: 'care',
        granted: input.careConsent,
        channel: input.consentChannel,
        recordedBy: actor.id,
        recordedAt: now,
      });
      const audit = { actor: auditActorOf(actor), caseId, requestId };
      await recordAudit(tx, {
        ...audit,
        action: 'case.created',
        recordType: 'case',
        recordId: caseId,
        purpose: 'request_from_competent_body',
        diff: { kind, urgency: input.urgency, institutionId },
      });
      await recordAudit(tx, {
        ...audit,
        action: 'request.registered',
        recordType: 'case',
        recordId: caseId,
        diff: { services: input.services.join(','), careConsent: input.careConsent },
      });
      return { caseId, reference };
    } finally {
      key.key.fill(0);
    }
  });
}

/** The requests a competent body registered, newest first, with where their referrals stand. */
export async function listRequests(
  options: ReferralOptions,
  actor: Actor,
  requestId: string,
): Promise<
  {
    caseId: string;
    reference: string;
    urgency: (typeof cases.$inferSelect)['urgency'];
    createdAt: string;
    referrals: ReferralView[];
  }[]
> {
  const institutionId = actor.institutionId;
  if (institutionId === null) return [];
  return options.db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(cases)
      .where(eq(cases.registeredByInstitutionId, institutionId))
      .orderBy(desc(cases.createdAt))
      .limit(200);
    if (rows.length === 0) return [];
    const refRows = await tx
      .select()
      .from(referrals)
      .where(
        inArray(
          referrals.caseId,
          rows.map((r) => r.id),
        ),
      )
      .orderBy(desc(referrals.createdAt));
    await recordAudits(
      tx,
      rows.map((row) => ({
        action: 'referral.viewed',
        actor: auditActorOf(actor),
        recordType: 'case',
        recordId: row.id,
        caseId: row.id,
        requestId,
      })),
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const views = await withKeys(tx, options.keyring, (box) =>
      presentReferrals(
        tx,
        box,
        refRows,
        (ref) => {
          const c = byId.get(ref.caseId);
          if (!c) throw new Error('referral without its case');
          return referralCaseOf(c);
        },
        actor,
        new Date(),
      ),
    );
    return rows.map((row) => ({
      caseId: row.id,
      reference: row.reference,
      urgency: row.urgency,
      createdAt: row.createdAt.toISOString(),
      referrals: views.filter((v) => v.caseId === row.id),
    }));
  });
}
