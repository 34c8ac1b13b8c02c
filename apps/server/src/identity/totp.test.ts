import { describe, expect, it } from 'vitest';
import {
  base32Decode,
  base32Encode,
  generateTotp,
  newTotpSecret,
  otpauthUri,
  stepAt,
  verifyTotp,
} from './totp.ts';

// RFC 6238 appendix B, SHA-1 secret "12345678901234567890", truncated to 6 digits.
const RFC_SECRET = base32Encode(Buffer.from('12345678901234567890'));
const RFC_VECTORS: [number, string][] = [
  [59, '287082'],
  [1111111109, '081804'],
  [1111111111, '050471'],
  [1234567890, '005924'],
  [2000000000, '279037'],
];

describe('TOTP', () => {
  it.each(RFC_VECTORS)('matches the RFC 6238 test vector at %i s', (seconds, code) => {
    expect(generateTotp(RFC_SECRET, new Date(seconds * 1000))).toBe(code);
  });

  it('round-trips base32', () => {
    const bytes = Buffer.from([0, 1, 2, 250, 251, 255, 7]);
    expect(base32Decode(base32Encode(bytes)).equals(bytes)).toBe(true);
    expect(() => base32Decode('not base32!')).toThrow();
  });

  it('accepts the current code and a neighbouring step, and nothing else', () => {
    const secret = newTotpSecret();
    const now = new Date('2026-11-22T10:00:15Z');
    expect(verifyTotp(secret, generateTotp(secret, now), now)).toBe(stepAt(now));
    const previous = new Date(now.getTime() - 30_000);
    expect(verifyTotp(secret, generateTotp(secret, previous), now)).toBe(stepAt(previous));
    const old = new Date(now.getTime() - 120_000);
    expect(verifyTotp(secret, generateTotp(secret, old), now)).toBeNull();
    expect(verifyTotp(secret, '12345', now)).toBeNull();
    expect(verifyTotp(secret, 'abcdef', now)).toBeNull();
  });

  it('refuses a replayed code', () => {
    const secret = newTotpSecret();
    const now = new Date();
    const code = generateTotp(secret, now);
    const step = verifyTotp(secret, code, now);
    expect(step).not.toBeNull();
    expect(verifyTotp(secret, code, now, step)).toBeNull();
  });

  it('builds an otpauth URI authenticator apps understand', () => {
    expect(otpauthUri('ABC', 'salma@demo.sanad.ma')).toBe(
      'otpauth://totp/Sanad%3Asalma%40demo.sanad.ma?secret=ABC&issuer=Sanad&algorithm=SHA1&digits=6&period=30',
    );
  });
});
