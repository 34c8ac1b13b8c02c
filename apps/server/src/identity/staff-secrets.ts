import type { Db } from '../db/database.ts';
import { getSystemKey } from '../platform/crypto/data-keys.ts';
import { decryptText, encryptText } from '../platform/crypto/envelope.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';

/**
 * Encrypts the secrets of staff accounts (TOTP seeds) under the system's `staff_secrets` data
 * key, so a master-key rotation re-wraps one key instead of re-encrypting every seed. An
 * interface, so sign-in code depends on what it needs, not on the key machinery.
 */
export interface StaffSecrets {
  seal(db: Db, text: string, place: string): Promise<Buffer>;
  open(db: Db, blob: Buffer, place: string): Promise<string>;
}

export function staffSecretsFrom(keyring: Keyring): StaffSecrets {
  return {
    async seal(db, text, place) {
      const { key } = await getSystemKey(db, keyring, 'staff_secrets');
      return encryptText(key, text, place);
    },
    async open(db, blob, place) {
      const { key } = await getSystemKey(db, keyring, 'staff_secrets');
      return decryptText(key, blob, place);
    },
  };
}
