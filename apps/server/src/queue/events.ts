import type { CaseStatus } from '@sanad/core';
import type { Db } from '../db/database.ts';
import { publishEvent } from '../platform/events/publish.ts';
import type { StaffRef } from './staff.ts';

/** Where a case sits, so its events reach the screens whose scope holds it. */
export interface CasePlace {
  readonly id: string;
  readonly regionCode: string | null;
  readonly provinceCode: string | null;
}

/** The queue shows who now handles the case (a claim, a reassignment, a case opened on a call). */
export async function publishClaimed(
  tx: Db,
  place: CasePlace,
  claimedBy: StaffRef,
  state: { readonly status: CaseStatus; readonly version: number },
): Promise<void> {
  await publishEvent(tx, {
    kind: 'case.claimed',
    audience: 'helpline',
    caseId: place.id,
    regionCode: place.regionCode,
    provinceCode: place.provinceCode,
    payload: {
      claimedBy: { id: claimedBy.id, name: claimedBy.name },
      status: state.status,
      version: state.version,
    },
  });
}

/** The case is back in the queue, unclaimed. */
export async function publishReleased(
  tx: Db,
  place: CasePlace,
  state: { readonly status: CaseStatus; readonly version: number },
): Promise<void> {
  await publishEvent(tx, {
    kind: 'case.released',
    audience: 'helpline',
    caseId: place.id,
    regionCode: place.regionCode,
    provinceCode: place.provinceCode,
    payload: { status: state.status, version: state.version },
  });
}
