import { isGranted, isInstitutionRole, type Actor } from '@sanad/core';
import { eq, or, sql, type SQL } from 'drizzle-orm';
import { opportunities } from '../db/schema/index.ts';
import { statusIsSql, type OpportunityStatus } from './status.ts';

/**
 * Who reads which opportunity. Running offers (open or full) are public to everyone granted
 * `opportunity.read`: a provider sees the others' too, as a woman's listener does. What a
 * provider closed or let expire stays between it and the platform: another provider reads only
 * its own. Each rule has its SQL twin here, so lists filter in the database with the same
 * meaning. Who manages an offer is the core's `canManageOpportunity` (admins any, a provider's
 * staff their own institution's).
 */

export interface OpportunityReadRecord {
  readonly providerId: string;
  readonly status: OpportunityStatus;
}

const RUNNING: readonly OpportunityStatus[] = ['open', 'full'];

export function canReadOpportunity(actor: Actor, record: OpportunityReadRecord): boolean {
  if (!isGranted(actor, 'opportunity.read')) return false;
  if (!isInstitutionRole(actor)) return true;
  return RUNNING.includes(record.status) || actor.institutionId === record.providerId;
}

/** The SQL twin of `canReadOpportunity`. */
export function opportunitiesReadableBy(actor: Actor, today: string): SQL {
  if (!isGranted(actor, 'opportunity.read')) return sql`false`;
  if (!isInstitutionRole(actor)) return sql`true`;
  const running = or(statusIsSql('open', today), statusIsSql('full', today)) ?? sql`false`;
  return actor.institutionId === null
    ? running
    : (or(running, eq(opportunities.providerId, actor.institutionId)) ?? sql`false`);
}
