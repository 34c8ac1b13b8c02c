import { ApiError } from './client.ts';
import type { StaffRef } from './queue-types.ts';

// Refused writes the helpline screens answer specially. Codes are compared as strings: the
// console may be built before the shared error catalogue knows a new code.

function codeOf(error: unknown): string | undefined {
  return error instanceof ApiError ? error.code : undefined;
}

/** Someone else changed the case since it was loaded: reload it, keep what was typed. */
export function isStaleVersion(error: unknown): boolean {
  return codeOf(error) === 'stale_version';
}

/** A 409 `already_claimed`: who took the case first (when the server said). */
export function claimWinnerOf(error: unknown): StaffRef | undefined {
  if (!(error instanceof ApiError) || codeOf(error) !== 'already_claimed') return undefined;
  const claimedBy = error.current?.['claimedBy'];
  if (typeof claimedBy !== 'object' || claimedBy === null) return undefined;
  const { id, name } = claimedBy as Record<string, unknown>;
  return typeof id === 'string' && typeof name === 'string' ? { id, name } : undefined;
}

export function isAlreadyClaimed(error: unknown): boolean {
  return codeOf(error) === 'already_claimed';
}
