import { findProvince, type AreaType, type ConsentPurpose, type UrgencyLevel } from '@sanad/core';
import { recordAudit } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import type { CaseKind } from '../db/schema/cases.ts';
import { cases, consents, contacts, publicRequests } from '../db/schema/index.ts';
import { createPerson } from '../persons/persons.ts';
import { createDataKey, type DataKey } from '../platform/crypto/data-keys.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';
import { newId } from '../platform/ids.ts';
import { announceCase } from '../queue/announce.ts';
import { nextCaseReference } from '../queue/reference.ts';
import { intakeKey } from './keys.ts';
import { grouped, newSecret, newTrackingCode, secretHmac } from './tracking.ts';

/** Everything a case opened from the survivor app starts with, whatever its kind. */
export interface OpenCaseInput {
  readonly kind: CaseKind;
  readonly urgency: UrgencyLevel;
  readonly language: 'ar' | 'fr' | 'zgh' | 'en';
  readonly provinceCode?: string | undefined;
  readonly areaType?: AreaType | undefined;
  readonly phone?: string | undefined;
  /** A person is recorded when there is a way to reach or find her (phone or location). */
  readonly withPerson: boolean;
  /** The phone belongs to the survivor herself (not to a relative or witness writing for her). */
  readonly reporterIsSurvivor: boolean;
  readonly consents: Readonly<Partial<Record<ConsentPurpose, boolean>>>;
  readonly requestId: string;
  /** How long an emergency may wait unclaimed before the supervisors are alerted. */
  readonly urgentClaimMs?: number;
}

export interface OpenedCase {
  readonly caseId: string;
  /** The case's own data key, open for the caller's encrypted fields; zeroed by `openCase`. */
  readonly caseKey: DataKey;
  readonly trackingCode: string;
  readonly secret: string;
}

/** Gives the case a tracking code no other case has (a clash is retried with a new code). */
async function issueTracking(tx: Db, hmacKey: Buffer, caseId: string, language: string) {
  for (;;) {
    const code = newTrackingCode();
    const secret = newSecret();
    const inserted = await tx
      .insert(publicRequests)
      .values({
        caseId,
        trackingCode: code,
        secretHmac: secretHmac(hmacKey, code, secret),
        language: language as OpenCaseInput['language'],
      })
      .onConflictDoNothing({ target: publicRequests.trackingCode })
      .returning({ caseId: publicRequests.caseId });
    if (inserted.length > 0) return { trackingCode: grouped(code), secret: grouped(secret) };
  }
}

/**
 * Opens a case from the survivor app inside the caller's transaction: case (own data key),
 * inbound app contact, person when known, consents per purpose, tracking code and secret, the
 * `case.created` audit event (no personal data), and the live events that put it in the
 * console's queue (with an urgent alert and its unclaimed timer for an emergency) — announced
 * by PostgreSQL at commit, so the console never hears of a case that was rolled back. `fill` writes the kind-specific rows with the case key still open.
 */
export async function openCase(
  tx: Db,
  keyring: Keyring,
  input: OpenCaseInput,
  fill: (opened: OpenedCase) => Promise<void>,
): Promise<OpenedCase> {
  const now = new Date();
  const caseId = newId();
  const caseKey = await createDataKey(tx, keyring, 'record');
  try {
    const person = input.withPerson
      ? await createPerson(tx, keyring, {
          ...(input.phone !== undefined ? { phone: input.phone } : {}),
          ...(input.provinceCode !== undefined ? { provinceCode: input.provinceCode } : {}),
          ...(input.areaType !== undefined ? { areaType: input.areaType } : {}),
        })
      : undefined;
    const regionCode = input.provinceCode
      ? (findProvince(input.provinceCode)?.regionCode ?? null)
      : null;
    await tx.insert(cases).values({
      id: caseId,
      reference: await nextCaseReference(tx, now),
      dataKeyId: caseKey.id,
      survivorId: input.reporterIsSurvivor ? (person?.id ?? null) : null,
      status: 'new',
      urgency: input.urgency,
      kind: input.kind,
      regionCode,
      provinceCode: input.provinceCode ?? null,
      areaType: input.areaType ?? null,
      version: 1,
    });
    await tx.insert(contacts).values({
      id: newId(),
      caseId,
      personId: person?.id ?? null,
      channel: 'app',
      type: input.kind,
      direction: 'inbound',
      occurredAt: now,
      dataKeyId: caseKey.id,
    });
    const purposes = Object.entries(input.consents) as [ConsentPurpose, boolean][];
    await tx.insert(consents).values(
      purposes.map(([purpose, granted]) => ({
        id: newId(),
        caseId,
        purpose,
        granted,
        channel: 'app' as const,
      })),
    );
    const hmacKey = await intakeKey(tx, keyring, 'request-secret');
    const tracking = await issueTracking(tx, hmacKey, caseId, input.language).finally(() =>
      hmacKey.fill(0),
    );
    const opened: OpenedCase = { caseId, caseKey, ...tracking };
    await fill(opened);
    await recordAudit(tx, {
      action: 'case.created',
      actor: null,
      recordType: 'case',
      recordId: caseId,
      caseId,
      purpose: 'survivor_app',
      diff: { kind: input.kind, urgency: input.urgency, channel: 'app' },
      requestId: input.requestId,
    });
    await announceCase(
      tx,
      {
        caseId,
        kind: input.kind,
        urgency: input.urgency,
        regionCode: regionCode,
        provinceCode: input.provinceCode ?? null,
        channel: 'app',
        createdAt: now,
      },
      input.urgentClaimMs,
    );
    return opened;
  } finally {
    caseKey.key.fill(0);
  }
}
