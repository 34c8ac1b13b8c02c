import type { Sealer } from './outbox.ts';

/**
 * AES-GCM (256-bit) sealing for the outbox, with a fresh 96-bit IV per write, stored as
 * `IV ‖ ciphertext+tag`; the entry id is the associated data, so a ciphertext moved to another
 * slot does not open.
 *
 * What this protects, and what it does not: the key is generated non-extractable and kept in
 * IndexedDB as a CryptoKey object, so the bytes of the outbox are useless once copied off the
 * phone (a backup, a forensic image of the browser profile read on another machine, a synced
 * profile). It does NOT protect against someone who uses this browser profile on this phone:
 * code running in this origin can ask the same key to decrypt. Against that person, the
 * protections are the short life of what is stored (the queue empties as soon as the network
 * returns, receipts go when she has noted them), quick exit, and the advice in "Browse safely".
 */
export function webCryptoSealer(key: CryptoKey, subtle: SubtleCrypto = crypto.subtle): Sealer {
  const encoder = new TextEncoder();
  return {
    async seal(plain, context) {
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const cipher = await subtle.encrypt(
        { name: 'AES-GCM', iv, additionalData: encoder.encode(context) },
        key,
        new Uint8Array(plain),
      );
      const sealed = new Uint8Array(12 + cipher.byteLength);
      sealed.set(iv, 0);
      sealed.set(new Uint8Array(cipher), 12);
      return sealed;
    },
    async open(sealed, context) {
      const plain = await subtle.decrypt(
        {
          name: 'AES-GCM',
          iv: sealed.slice(0, 12),
          additionalData: encoder.encode(context),
        },
        key,
        sealed.slice(12),
      );
      return new Uint8Array(plain);
    },
  };
}

/** A new device key that can encrypt and decrypt but never be read out (`extractable: false`). */
export function generateDeviceKey(subtle: SubtleCrypto = crypto.subtle): Promise<CryptoKey> {
  return subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}
