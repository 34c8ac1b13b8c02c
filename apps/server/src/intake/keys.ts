import { hkdfSync } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { getSystemKey } from '../platform/crypto/data-keys.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';

/**
 * The keys behind survivors' tracking secrets and stored idempotent answers, derived with HKDF
 * from the platform's `blind_index` system key rather than from the master key
 * (`derivedKey`): a system key is a data key wrapped by the master key, so `sanad rotate-key`
 * re-wraps it and every tracking secret a woman holds keeps working; a key derived from the
 * master key would change at rotation and lock every survivor out of her own follow-up. The
 * blind-index key is already the platform's long-lived HMAC key (its labels keep uses apart);
 * HKDF gives each use its own subkey, so the AES key of idempotent answers is never the raw HMAC
 * key. A deliberate reset of the blind-index key would also void the tracking secrets.
 */
export type IntakeKeyUse = 'request-secret' | 'idempotency';

export async function intakeKey(db: Db, keyring: Keyring, use: IntakeKeyUse): Promise<Buffer> {
  const { key } = await getSystemKey(db, keyring, 'blind_index');
  try {
    return Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), `sanad/${use}/v1`, 32));
  } finally {
    key.fill(0);
  }
}
