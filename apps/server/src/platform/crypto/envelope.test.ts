import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  DecryptionError,
  decryptJson,
  decryptText,
  encryptJson,
  encryptText,
  FORMAT_VERSION,
  placeOf,
} from './envelope.ts';

const key = randomBytes(32);
const aad = placeOf('persons', 'name_enc', '0193a0b2-0000-7000-8000-000000000001');

describe('envelope encryption (AES-256-GCM)', () => {
  it('round-trips text in any script, and the empty string', () => {
    for (const text of ['Fatima Zahra', 'خديجة بن عبد الله', 'ⵜⴰⵎⴰⵣⵉⵖⵜ', '', 'a'.repeat(100_000)]) {
      expect(decryptText(key, encryptText(key, text, aad), aad)).toBe(text);
    }
  });

  it('writes version ‖ 12-byte IV ‖ 16-byte tag ‖ ciphertext, with a fresh IV every time', () => {
    const a = encryptText(key, 'same text', aad);
    const b = encryptText(key, 'same text', aad);
    expect(a[0]).toBe(FORMAT_VERSION);
    expect(a.length).toBe(1 + 12 + 16 + Buffer.byteLength('same text'));
    expect(a.subarray(1, 13).equals(b.subarray(1, 13))).toBe(false);
    expect(a.equals(b)).toBe(false);
    expect(a.includes(Buffer.from('same text'))).toBe(false);
  });

  it('refuses a value with any single byte altered (version, IV, tag or ciphertext)', () => {
    const blob = encryptText(key, 'Derb Tajriba 12', aad);
    for (let i = 0; i < blob.length; i++) {
      const tampered = Buffer.from(blob);
      tampered[i] = (tampered[i] ?? 0) ^ 0x01;
      expect(() => decryptText(key, tampered, aad), `byte ${String(i)}`).toThrow(DecryptionError);
    }
  });

  it('refuses a value read at another place, with another key, or cut short', () => {
    const blob = encryptText(key, 'Naima', aad);
    const otherRow = placeOf('persons', 'name_enc', '0193a0b2-0000-7000-8000-000000000002');
    const otherColumn = placeOf('persons', 'address_enc', '0193a0b2-0000-7000-8000-000000000001');
    expect(() => decryptText(key, blob, otherRow)).toThrow(/failed authentication/);
    expect(() => decryptText(key, blob, otherColumn)).toThrow(DecryptionError);
    expect(() => decryptText(randomBytes(32), blob, aad)).toThrow(DecryptionError);
    expect(() => decryptText(key, blob.subarray(0, 20), aad)).toThrow(/truncated/);
    expect(() => decryptText(key, Buffer.alloc(0), aad)).toThrow(DecryptionError);
  });

  it('refuses keys that are not 32 bytes', () => {
    expect(() => encryptText(randomBytes(16), 'x', aad)).toThrow(/32 bytes/);
  });

  it('round-trips structured values, validated on the way out', () => {
    const schema = z.strictObject({ children: z.number(), languages: z.array(z.string()) });
    const value = { children: 2, languages: ['ary', 'zgh'] };
    const blob = encryptJson(key, value, aad);
    expect(decryptJson(key, blob, aad, schema)).toEqual(value);
    expect(() =>
      decryptJson(key, encryptJson(key, { children: 'two' }, aad), aad, schema),
    ).toThrow();
  });
});
