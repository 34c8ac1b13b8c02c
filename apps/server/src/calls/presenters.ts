import { callOutcomes, type CallOutcome } from '@sanad/core';
import type { contacts } from '../db/schema/index.ts';
import type { StaffRef } from '../queue/staff.ts';

type ContactRow = typeof contacts.$inferSelect;

/** `contacts.outcome` is free text in the database; only known codes leave the server. */
export const outcomeOf = (value: string | null): CallOutcome | null =>
  callOutcomes.codes.find((code) => code === value) ?? null;

/**
 * A contact as staff see it in a case file or right after logging it. The notes are passed
 * in already decrypted (or null): the presenter never holds a key.
 */
export function presentContact(row: ContactRow, notes: string | null, handledBy: StaffRef | null) {
  return {
    id: row.id,
    direction: row.direction,
    channel: row.channel,
    type: row.type,
    occurredAt: row.occurredAt.toISOString(),
    durationSeconds: row.durationSeconds,
    notes,
    outcome: outcomeOf(row.outcome),
    handledBy,
    caseId: row.caseId,
  };
}
