import { SHARING_REFERRAL_STATUSES } from '@sanad/core';
import type { Db } from '../db/database.ts';
import { publishEvent, type LivePayloadValue } from '../platform/events/publish.ts';
import type { EnrolmentRow, LoadedEnrolment } from './load.ts';

/**
 * Both sides hear an enrolment's steps: the case's referring side (the helpline in scope, or the
 * body that registered her), and the provider once she was referred to it — never before, so a
 * provider learns of no woman who has not agreed to be passed on. Ids and codes only.
 */
export async function tellPathway(
  tx: Db,
  row: EnrolmentRow,
  loaded: Pick<LoadedEnrolment, 'caseRow' | 'opportunity' | 'referralStatus'>,
  payload: Readonly<Record<string, LivePayloadValue>>,
): Promise<void> {
  const base = {
    kind: 'enrolment.updated' as const,
    caseId: row.caseId,
    payload: { enrolmentId: row.id, ...payload },
  };
  const registeredBy = loaded.caseRow.registeredByInstitutionId;
  await publishEvent(
    tx,
    registeredBy !== null
      ? { ...base, audience: 'institution', institutionId: registeredBy }
      : {
          ...base,
          audience: 'helpline',
          regionCode: loaded.caseRow.regionCode,
          provinceCode: loaded.caseRow.provinceCode,
        },
  );
  // A referral sent in this very step is not in `loaded` yet: its id on the row says it exists.
  const referred =
    row.referralId !== null &&
    (loaded.referralStatus === null || SHARING_REFERRAL_STATUSES.includes(loaded.referralStatus));
  if (referred) {
    await publishEvent(tx, {
      ...base,
      audience: 'institution',
      institutionId: loaded.opportunity.providerId,
    });
  }
}
