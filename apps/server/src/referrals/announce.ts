import type { Db } from '../db/database.ts';
import { publishEvent, type LivePayloadValue } from '../platform/events/publish.ts';
import type { ReferralRow } from './load.ts';

/** Where the case lies, so the helpline in scope hears about it. */
export interface CasePlace {
  readonly regionCode: string | null;
  readonly provinceCode: string | null;
}

/**
 * The referring side of a referral hears each step: the helpline in scope of the case, or the
 * competent body that referred it. Payloads hold ids, codes and times only.
 */
export async function tellReferringSide(
  tx: Db,
  row: ReferralRow,
  place: CasePlace,
  kind: 'referral.updated' | 'referral.overdue',
  payload: Readonly<Record<string, LivePayloadValue>>,
): Promise<void> {
  const base = { kind, caseId: row.caseId, payload: { referralId: row.id, ...payload } };
  if (row.referredByInstitutionId !== null) {
    await publishEvent(tx, {
      ...base,
      audience: 'institution',
      institutionId: row.referredByInstitutionId,
    });
    return;
  }
  await publishEvent(tx, { ...base, audience: 'helpline', ...place });
}

/** The receiving institution's staff (or its managers only) hear about a referral to it. */
export async function tellReceivingInstitution(
  tx: Db,
  row: ReferralRow,
  kind: 'referral.received' | 'referral.updated' | 'referral.overdue',
  payload: Readonly<Record<string, LivePayloadValue>>,
  managersOnly = false,
): Promise<void> {
  await publishEvent(tx, {
    kind,
    audience: managersOnly ? 'institution_managers' : 'institution',
    institutionId: row.institutionId,
    caseId: row.caseId,
    payload: { referralId: row.id, ...payload },
  });
}
