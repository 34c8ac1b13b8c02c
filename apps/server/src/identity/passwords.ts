import { hash, verify } from '@node-rs/argon2';

/**
 * Staff passwords, hashed with argon2id (OWASP's recommended parameters: 19 MiB, 2 passes).
 * Survivors never have passwords: their tracking secret is server-generated and HMAC'd.
 */
// `algorithm: 2` is Argon2id: the library exports it as a const enum, which erasable-only
// TypeScript (what Node runs natively) cannot read.
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password);
}
