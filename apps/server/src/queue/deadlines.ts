/**
 * The helpline's clocks, configurable per deployment (see `platform/config.ts`). Passed to the
 * route plugins and the job handlers that arm and re-arm timers.
 */
export interface QueueDeadlines {
  /** An urgent case unclaimed this long alerts the supervisors on duty, and again each period. */
  readonly urgentClaimMs: number;
}

export const DEFAULT_QUEUE_DEADLINES: QueueDeadlines = { urgentClaimMs: 2 * 60_000 };
