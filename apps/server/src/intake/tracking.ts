import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';

/**
 * Tracking codes and secrets, in Crockford's base32: no I, L, O or U, and reading forgives the
 * usual confusions (O → 0, I and L → 1, lower case, spaces and dashes), because women copy them
 * by hand, read them over the phone, or type them on a shared phone in a hurry.
 * - The code (8 characters, 40 bits, shown `XXXX-XXXX`) names the request; it is not secret.
 * - The secret (16 characters, 80 bits, shown `XXXX-XXXX-XXXX-XXXX`) proves she holds it; only
 *   its HMAC is stored, and guessing is throttled per code and per address besides.
 */
export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 8;
export const SECRET_LENGTH = 16;

function randomChars(length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += ALPHABET[randomInt(ALPHABET.length)] ?? '';
  return out;
}

/** Groups of four joined by dashes, as shown to her. */
export const grouped = (raw: string): string => (raw.match(/.{1,4}/g) ?? []).join('-');

export const newTrackingCode = (): string => randomChars(CODE_LENGTH);
export const newSecret = (): string => randomChars(SECRET_LENGTH);

/** What she typed, in canonical form; undefined when it cannot be one of ours. */
export function readCrockford(typed: string, length: number): string | undefined {
  const canonical = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (canonical.length !== length) return undefined;
  for (const char of canonical) if (!ALPHABET.includes(char)) return undefined;
  return canonical;
}

/** The stored form of a secret: bound to its code, so a hash copied to another row fails. */
export function secretHmac(key: Buffer, code: string, secret: string): Buffer {
  return createHmac('sha256', key).update(`request-secret:${code}:${secret}`, 'utf8').digest();
}

export function secretMatches(key: Buffer, code: string, secret: string, stored: Buffer): boolean {
  const presented = secretHmac(key, code, secret);
  return stored.length === presented.length && timingSafeEqual(stored, presented);
}
