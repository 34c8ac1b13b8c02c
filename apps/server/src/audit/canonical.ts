import { createHash } from 'node:crypto';
import type { auditEvents } from '../db/schema/index.ts';

/**
 * The exact bytes an audit event is hashed from. Sealing and verifying must produce the same
 * bytes for the same row years apart, on either engine and driver, so nothing here depends on
 * key order, driver parsing or the locale: every column but the chain's own, in a fixed shape,
 * nulls explicit, `diff` as canonical JSON.
 */
export type AuditEventRow = typeof auditEvents.$inferSelect;

/** What the chain hashes: the event itself, without the chain's own columns. */
export type HashedEvent = Omit<AuditEventRow, 'hash' | 'prevHash' | 'sealedIndex'>;

/** The prev_hash of the first event ever sealed. */
export const GENESIS_HASH: Buffer = Buffer.alloc(32);

/**
 * JSON with object keys sorted (by UTF-16 code unit, recursively) and no whitespace, so equal
 * values always serialise to equal text. Refuses what JSON cannot hold faithfully (undefined,
 * NaN, Infinity, bigint, functions, class instances such as Date) instead of guessing.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('canonical JSON: non-finite number');
    return JSON.stringify(value);
  }
  if (typeof value === 'object')
    return Array.isArray(value) ? canonicalArray(value) : canonicalObject(value);
  // undefined, bigint, symbol, function: JSON has no faithful form for them.
  throw new TypeError(`canonical JSON: cannot serialise a ${typeof value}`);
}

function canonicalArray(values: readonly unknown[]): string {
  return `[${values.map((item) => canonicalJson(item)).join(',')}]`;
}

function canonicalObject(value: object): string {
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null)
    throw new TypeError('canonical JSON: only plain objects, arrays and primitives');
  const record = value as Record<string, unknown>;
  const members = Object.keys(record)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
  return `{${members.join(',')}}`;
}

/**
 * The canonical text of one event. Column names are the database's, so the form reads the same
 * to someone re-verifying with SQL and another language. `occurred_at` is ISO-8601 in UTC with
 * milliseconds: the precision recordAudit (and the column default) store.
 */
export function canonicalEvent(event: HashedEvent): string {
  return canonicalJson({
    seq: event.seq,
    id: event.id,
    occurred_at: event.occurredAt.toISOString(),
    action: event.action,
    actor_id: event.actorId,
    actor_institution_id: event.actorInstitutionId,
    record_type: event.recordType,
    record_id: event.recordId,
    case_id: event.caseId,
    purpose: event.purpose,
    diff: event.diff ?? null,
    request_id: event.requestId,
  });
}

/** hash = SHA-256(prev_hash ‖ canonical(event)); prev_hash is always 32 bytes, so unambiguous. */
export function chainHash(prevHash: Buffer, event: HashedEvent): Buffer {
  return createHash('sha256').update(prevHash).update(canonicalEvent(event), 'utf8').digest();
}
