import { randomBytes } from 'node:crypto';

/**
 * UUID version 7: time-ordered, so new rows land at the end of primary-key indexes instead of
 * scattering across them (what random v4 ids do to a busy intake table). Works on PostgreSQL 15
 * (which has no uuidv7()) and on PGlite alike, because it is generated here.
 */
export function newId(now: number = Date.now()): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = 0x70 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
