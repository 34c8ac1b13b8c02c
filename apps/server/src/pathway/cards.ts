import type { OpportunityKind } from '@sanad/core';
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { institutions, opportunities } from '../db/schema/index.ts';
import { AppError } from '../platform/errors.ts';
import type { OpportunityCard } from './schemas.ts';

export type OpportunityRow = typeof opportunities.$inferSelect;

/** The catalogue rows behind `ids`, with their provider's name, keyed by id. */
export async function opportunityCards(
  tx: Db,
  ids: readonly string[],
): Promise<Map<string, OpportunityCard & { readonly row: OpportunityRow }>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ o: opportunities, providerName: institutions.name })
    .from(opportunities)
    .innerJoin(institutions, eq(institutions.id, opportunities.providerId))
    .where(inArray(opportunities.id, [...new Set(ids)]));
  return new Map(rows.map(({ o, providerName }) => [o.id, { ...cardOf(o, providerName), row: o }]));
}

export function cardOf(o: OpportunityRow, providerName: string): OpportunityCard {
  return {
    id: o.id,
    kind: o.kind satisfies OpportunityKind,
    title: o.title,
    description: o.description,
    provider: { id: o.providerId, name: providerName },
    regionCode: o.regionCode,
    provinceCodes: o.provinceCodes,
    remote: o.remote,
    startsOn: o.startsOn,
    endsOn: o.endsOn,
    applyBy: o.applyBy,
    placesLeft: o.placesLeft,
    childcare: o.childcare,
    transport: o.transport,
    stipend: o.stipend,
    languages: o.languages,
  };
}

/** A card without its row, for an answer. */
export function bareCard(
  card: OpportunityCard & { readonly row?: OpportunityRow },
): OpportunityCard {
  const bare: OpportunityCard & { row?: OpportunityRow } = { ...card };
  delete bare.row;
  return bare;
}

/**
 * Whether she can still be proposed, or pass her request on for, this opportunity today
 * (`YYYY-MM-DD`, Casablanca): closed by its manager, expired, past its deadline or end — or full.
 */
export function availabilityOf(o: OpportunityRow, today: string): 'open' | 'closed' | 'full' {
  const lapsed =
    (o.applyBy !== null && o.applyBy < today) || (o.endsOn !== null && o.endsOn < today);
  if (!o.active || o.closedAt !== null || o.expiredAt !== null || lapsed) return 'closed';
  return o.placesLeft === 0 ? 'full' : 'open';
}

/** Refuses an opportunity that is no longer open, with the error that says why. */
export function requireOpen(o: OpportunityRow, today: string): void {
  const availability = availabilityOf(o, today);
  if (availability === 'closed') throw new AppError('opportunity_closed');
  if (availability === 'full') throw new AppError('opportunity_full');
}
