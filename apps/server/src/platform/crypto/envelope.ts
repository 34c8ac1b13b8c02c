import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { ZodType } from 'zod';

/**
 * AES-256-GCM values as stored in `bytea` columns: `version ‖ iv ‖ tag ‖ ciphertext`.
 *
 * - The version byte lets a future algorithm live beside this one; it is authenticated too
 *   (it is prefixed to the associated data), so it cannot be flipped to downgrade a value.
 * - The 96-bit IV is random per value. Each data key encrypts a handful of values (one person,
 *   one case), far below GCM's 2^32 random-IV limit, so no counter needs to be kept anywhere.
 * - The associated data names the value's place (`persons.name_enc:<id>`): a ciphertext copied
 *   into another row or column no longer decrypts, so an attacker with write access to the
 *   database cannot swap one woman's details into another's file.
 */
export const FORMAT_VERSION = 0x01;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER = Buffer.from([FORMAT_VERSION]);
/** The smallest valid value: header, IV and tag around an empty plaintext. */
const MIN_BYTES = HEADER.length + IV_BYTES + TAG_BYTES;

/** A value that is not ours, was altered, is read at the wrong place or with the wrong key. */
export class DecryptionError extends Error {
  override name = 'DecryptionError';
}

/**
 * The associated data for a value at `table.column` of row `id`. One spelling for every caller,
 * so writer and reader cannot drift apart.
 */
export function placeOf(table: string, column: string, id: string): string {
  return `${table}.${column}:${id}`;
}

function checkKey(key: Buffer): void {
  if (key.length !== 32) throw new TypeError('an AES-256 key must be 32 bytes');
}

function aadBytes(aad: string): Buffer {
  return Buffer.concat([HEADER, Buffer.from(aad, 'utf8')]);
}

/** Encrypts bytes under `key`, bound to `aad`. */
export function seal(key: Buffer, plaintext: Buffer, aad: string): Buffer {
  checkKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(aadBytes(aad));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([HEADER, iv, cipher.getAuthTag(), ciphertext]);
}

/** Decrypts what `seal` produced with the same key and `aad`; throws `DecryptionError` otherwise. */
export function unseal(key: Buffer, blob: Buffer, aad: string): Buffer {
  checkKey(key);
  if (blob.length < MIN_BYTES) throw new DecryptionError(`value at ${aad} is truncated`);
  if (blob[0] !== FORMAT_VERSION) {
    throw new DecryptionError(`value at ${aad} has unknown format version ${String(blob[0])}`);
  }
  const iv = blob.subarray(1, 1 + IV_BYTES);
  const tag = blob.subarray(1 + IV_BYTES, MIN_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  decipher.setAuthTag(tag);
  decipher.setAAD(aadBytes(aad));
  try {
    return Buffer.concat([decipher.update(blob.subarray(MIN_BYTES)), decipher.final()]);
  } catch (error) {
    // GCM says only "unable to authenticate": altered, misplaced or under another key.
    throw new DecryptionError(`value at ${aad} failed authentication`, { cause: error });
  }
}

/** Encrypts a string (UTF-8). */
export function encryptText(key: Buffer, text: string, aad: string): Buffer {
  return seal(key, Buffer.from(text, 'utf8'), aad);
}

/** Decrypts a string written by `encryptText` at the same place. */
export function decryptText(key: Buffer, blob: Buffer, aad: string): string {
  return unseal(key, blob, aad).toString('utf8');
}

/** Encrypts a structured value as JSON (for notes with several fields, answers to a form…). */
export function encryptJson(key: Buffer, value: unknown, aad: string): Buffer {
  return encryptText(key, JSON.stringify(value), aad);
}

/**
 * Decrypts a JSON value and validates it with `schema`: a value written by an older release
 * must be checked like any other input, never trusted for its shape.
 */
export function decryptJson<T>(key: Buffer, blob: Buffer, aad: string, schema: ZodType<T>): T {
  return schema.parse(JSON.parse(decryptText(key, blob, aad)));
}
