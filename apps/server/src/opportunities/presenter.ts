import { canManageOpportunity, type Actor } from '@sanad/core';
import type { opportunities } from '../db/schema/index.ts';
import { CLOSING_REASONS, type ClosingReason, type OpportunityView } from './schemas.ts';
import { statusOf } from './status.ts';

export type OpportunityRow = typeof opportunities.$inferSelect;

const closingReason = (code: string | null): ClosingReason | null =>
  (CLOSING_REASONS as readonly string[]).includes(code ?? '') ? (code as ClosingReason) : null;

/**
 * An opportunity as the catalogue shows it, field by field (allow-list: a stray key in the
 * contact never goes out), with its status read on today's Casablanca date and what the viewer
 * may do with it.
 */
export function presentOpportunity(
  row: OpportunityRow,
  providerName: string,
  viewer: Actor,
  today: string,
): OpportunityView {
  const { contact } = row;
  return {
    id: row.id,
    code: row.code,
    kind: row.kind,
    provider: { id: row.providerId, name: providerName },
    title: row.title,
    description: row.description,
    regionCode: row.regionCode,
    provinceCodes: row.provinceCodes,
    remote: row.remote,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    applyBy: row.applyBy,
    placesTotal: row.placesTotal,
    placesLeft: row.placesLeft,
    eligibility: {
      minAge: row.minAge,
      maxAge: row.maxAge,
      schoolingLevel: row.schoolingLevel,
      literacyRequired: row.literacyRequired,
      prerequisites: row.prerequisites,
    },
    conditions: { childcare: row.childcare, transport: row.transport, stipend: row.stipend },
    languages: row.languages,
    contact: {
      ...(contact.phone !== undefined ? { phone: contact.phone } : {}),
      ...(contact.email !== undefined ? { email: contact.email } : {}),
      ...(contact.address !== undefined ? { address: contact.address } : {}),
    },
    status: statusOf(row, today),
    closedReason: closingReason(row.closedReason),
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    abilities: { canManage: canManageOpportunity(viewer, row) },
  };
}
