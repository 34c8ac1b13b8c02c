import type { JobHandlers } from '../platform/jobs/types.ts';
import type { QueueDeadlines } from './deadlines.ts';

/** Handlers for the helpline's durable timers (unclaimed urgent cases, follow-up reminders). */
export function queueJobHandlers(_deadlines: QueueDeadlines): JobHandlers {
  return {};
}
