import type { JobHandlers } from '../platform/jobs/types.ts';
import { expireDaily } from './expiry.ts';
import { opportunityImportJobHandlers } from './import.ts';

/** Handlers for the catalogue's durable jobs (CSV import, daily expiry), for the runner. */
export function opportunityJobHandlers(options: { chunkRows?: number } = {}): JobHandlers {
  return { ...opportunityImportJobHandlers(options), 'opportunity.expire': expireDaily };
}

export { scheduleOpportunityExpiry } from './expiry.ts';
