import {
  isFinalReferralStatus,
  proposeInstitutions,
  servicesNeeded,
  type Proposal,
  type RoutableInstitution,
  type ServiceType,
} from '@sanad/core';
import { and, arrayOverlaps, eq, inArray } from 'drizzle-orm';
import type { CaseRow } from '../cases/load.ts';
import type { Db } from '../db/database.ts';
import { incidents, institutionCoverage, institutions, referrals } from '../db/schema/index.ts';
import { sharingConsentedInstitutions } from './consent.ts';
import type { ProposalView } from './schemas.ts';

/** Her needs as asked for, or as the case suggests (the listener may ask for others). */
export async function derivedNeeds(tx: Db, kase: CaseRow): Promise<ServiceType[]> {
  // What a competent body asked for, when it registered her, comes first.
  if (kase.requestedServices !== null && kase.requestedServices.length > 0) {
    return [...kase.requestedServices];
  }
  const rows = await tx
    .select({ forms: incidents.forms })
    .from(incidents)
    .where(eq(incidents.caseId, kase.id));
  return servicesNeeded({
    kind: kase.kind,
    urgency: kase.urgency,
    forms: rows.flatMap((r) => r.forms),
  });
}

/** Active institutions offering at least one of the services, with their coverage. */
async function routableInstitutions(
  tx: Db,
  services: readonly ServiceType[],
): Promise<(RoutableInstitution & { agency: string; phone: string | null })[]> {
  const rows = await tx
    .select()
    .from(institutions)
    .where(and(eq(institutions.active, true), arrayOverlaps(institutions.services, [...services])));
  if (rows.length === 0) return [];
  const coverage = await tx
    .select()
    .from(institutionCoverage)
    .where(
      inArray(
        institutionCoverage.institutionId,
        rows.map((r) => r.id),
      ),
    );
  const byInstitution = new Map<string, string[]>();
  for (const c of coverage) {
    byInstitution.set(c.institutionId, [
      ...(byInstitution.get(c.institutionId) ?? []),
      c.provinceCode,
    ]);
  }
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    type: row.type,
    agency: row.agency,
    regionCode: row.regionCode,
    provinceCode: row.provinceCode,
    coverageProvinces: byInstitution.get(row.id) ?? [],
    areaTypes: row.areaTypes,
    services: row.services,
    open247: row.open247,
    openingHours: row.openingHours,
    capacityFree: row.capacityFree,
    active: row.active,
    phone: row.contact.phone ?? null,
  }));
}

/**
 * The ranked proposals for her case (rules: `proposeInstitutions` in `@sanad/core`), with her
 * current sharing consents and the institutions the case is already live at. `exclude` leaves
 * out institutions already tried (the next proposal after a decline or a missed deadline).
 */
export async function proposalsFor(
  tx: Db,
  kase: CaseRow,
  services: readonly ServiceType[],
  now: Date,
  exclude: readonly string[] = [],
): Promise<ProposalView[]> {
  const candidates = (await routableInstitutions(tx, services)).filter(
    (i) => !exclude.includes(i.id),
  );
  const consented = await sharingConsentedInstitutions(tx, kase.id);
  const live = new Set(
    (
      await tx
        .select({ institutionId: referrals.institutionId, status: referrals.status })
        .from(referrals)
        .where(and(eq(referrals.caseId, kase.id), eq(referrals.scope, 'case')))
    )
      .filter((r) => !isFinalReferralStatus(r.status))
      .map((r) => r.institutionId),
  );
  const proposals: Proposal[] = proposeInstitutions(
    {
      services,
      urgency: kase.urgency,
      provinceCode: kase.provinceCode,
      regionCode: kase.regionCode,
      areaType: kase.areaType,
      consent: { general: false, institutionIds: [...consented] },
    },
    candidates,
    now,
  );
  const byId = new Map(candidates.map((c) => [c.id, c]));
  return proposals.flatMap((p) => {
    const institution = byId.get(p.institutionId);
    if (!institution) return [];
    return [
      {
        institution: {
          id: institution.id,
          name: institution.name,
          type: institution.type,
          provinceCode: institution.provinceCode,
          regionCode: institution.regionCode,
          agency: institution.agency,
          open247: institution.open247,
          capacityFree: institution.capacityFree,
          phone: institution.phone,
        },
        rank: p.rank,
        territory: p.territory,
        openNow: p.openNow,
        servicesCovered: [...p.servicesCovered],
        bedsFree: p.bedsFree,
        full: p.full,
        consentGranted: p.consentGranted,
        alreadyReferred: live.has(p.institutionId),
        reasons: p.reasons.map((reason) => ({ ...reason })),
      },
    ];
  });
}
