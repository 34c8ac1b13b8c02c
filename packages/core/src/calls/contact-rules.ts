import type { CallOutcome } from './call-outcomes.ts';

/**
 * How far ahead of the server's clock a logged contact's time may be: a listener's computer
 * whose clock runs a little fast must not be refused, a call dated tomorrow must.
 */
export const CLOCK_SKEW_MS = 2 * 60_000;

/** A contact happened before it was logged: logging after the fact is normal, ahead is not. */
export function occurredInThePast(occurredAt: Date, now: Date): boolean {
  return occurredAt.getTime() <= now.getTime() + CLOCK_SKEW_MS;
}

/** Where a logged contact goes: nowhere (logged only), an existing case, or a new case. */
export type ContactDestination = 'logged_only' | 'existing_case' | 'new_case';

/**
 * The outcome recorded when the listener gave none: what the destination already says, so the
 * indicators never count a call that opened a case as "no action".
 */
export function defaultOutcome(
  destination: ContactDestination,
  given: CallOutcome | undefined,
): CallOutcome | null {
  if (given !== undefined) return given;
  switch (destination) {
    case 'new_case':
      return 'case_opened';
    case 'existing_case':
      return 'attached_to_case';
    case 'logged_only':
      return null;
  }
}
