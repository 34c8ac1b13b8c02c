import type { ConsentPurpose } from '../vocabulary/consent-purposes.ts';

/** One consent record as stored: her answer for a purpose, when, and its withdrawal if any. */
export interface ConsentRecord {
  readonly purpose: ConsentPurpose;
  readonly granted: boolean;
  readonly recordedAt: Date;
  readonly withdrawnAt: Date | null;
}

/**
 * Whether her record may count in any figure (Law 09-08, purpose limitation; DOMAIN.md §8):
 * her latest word on the `statistics` purpose decides. A later refusal or a withdrawal takes her
 * out; no word at all takes her out too, since silence is not consent.
 *
 * This is the same rule as the SQL filter the server applies (`statisticsAllowed` in
 * `apps/server/src/pathway/indicators.ts`: latest by `recorded_at`, then by insertion order;
 * `granted AND withdrawn_at IS NULL`). Records recorded at the same instant are ordered as given,
 * the later one winning, which matches the server's `id` order when records are passed in the
 * order they were stored.
 */
export function countsForStatistics(consents: readonly ConsentRecord[]): boolean {
  let latest: ConsentRecord | undefined;
  for (const consent of consents) {
    if (consent.purpose !== 'statistics') continue;
    if (latest === undefined || consent.recordedAt.getTime() >= latest.recordedAt.getTime()) {
      latest = consent;
    }
  }
  return latest !== undefined && latest.granted && latest.withdrawnAt === null;
}
