import { sql, type SQL } from 'drizzle-orm';
import { customType } from 'drizzle-orm/pg-core';

/**
 * The one place where the two drivers' differences are smoothed out, so no other module ever
 * has to know which engine it runs on:
 * - `bytea`: node-postgres yields a Buffer, PGlite a Uint8Array → always a Buffer.
 * - `int8` / `count(*)`: node-postgres yields a string, PGlite a number → always a number
 *   (values Sanad stores in int8 — counts, sequence numbers — stay far below 2^53).
 */
export function toBuffer(value: unknown): Buffer {
  if (Buffer.isBuffer(value)) return value;
  if (value instanceof Uint8Array)
    return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  if (typeof value === 'string' && value.startsWith('\\x'))
    return Buffer.from(value.slice(2), 'hex');
  throw new TypeError(`cannot read a bytea value of type ${typeof value}`);
}

export function toSafeNumber(value: unknown): number {
  const n = typeof value === 'bigint' ? Number(value) : Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError('int8 value out of the safe integer range');
  return n;
}

/** A `bytea` column read as a Buffer on both engines. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: toBuffer,
  toDriver: (value) => value,
});

/** `count(*)` as a number on both engines. */
export const countRows = (): SQL<number> => sql`count(*)`.mapWith(toSafeNumber);

/** Type parsers for raw queries: int8 → number, bytea → Buffer (OIDs are PostgreSQL's own). */
export const RAW_TYPE_PARSERS: Readonly<Record<number, (text: string) => unknown>> = {
  20: (text) => toSafeNumber(text),
  17: (text) => toBuffer(text),
};
