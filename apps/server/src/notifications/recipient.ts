import { hkdfSync } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import type { NotificationChannel } from '../db/schema/index.ts';
import { getSystemKey } from '../platform/crypto/data-keys.ts';
import { decryptText, encryptText, placeOf } from '../platform/crypto/envelope.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';
import { InvalidPhoneError, normalisePhone } from '../platform/crypto/blind-index.ts';

/**
 * The key that encrypts outbox recipients, derived with HKDF from the `staff_secrets` system
 * key (most recipients are staff addresses; a survivor's number is held just as tightly). A
 * system key is a data key wrapped by the master key, so `sanad rotate-key` re-wraps it and a
 * message queued before a rotation is still delivered after it; a key derived from the master key
 * itself would change at rotation. HKDF keeps this use apart from the staff secrets' own.
 */
async function recipientKey(db: Db, keyring: Keyring): Promise<Buffer> {
  const { key } = await getSystemKey(db, keyring, 'staff_secrets');
  try {
    return Buffer.from(
      hkdfSync('sha256', key, Buffer.alloc(0), 'sanad/notification-recipient/v1', 32),
    );
  } finally {
    key.fill(0);
  }
}

const place = (id: string): string => placeOf('notification_outbox', 'recipient_enc', id);

/** A recipient the channel cannot reach; the message names the problem, never the value. */
export class InvalidRecipientError extends Error {
  override name = 'InvalidRecipientError';
}

const emailAddress = z.email();

/**
 * The recipient in the one spelling its transport expects: an e-mail address as given (trimmed),
 * a phone number in E.164 (`+212612345678`), however it was typed.
 */
export function normaliseRecipient(channel: NotificationChannel, to: string): string {
  if (channel === 'email') {
    const address = to.trim();
    if (!emailAddress.safeParse(address).success) {
      throw new InvalidRecipientError('the e-mail recipient is not an e-mail address');
    }
    return address;
  }
  try {
    return normalisePhone(to);
  } catch (error) {
    if (error instanceof InvalidPhoneError) {
      throw new InvalidRecipientError(`the SMS recipient is not a phone number (${error.problem})`);
    }
    throw error;
  }
}

export async function sealRecipient(
  db: Db,
  keyring: Keyring,
  id: string,
  to: string,
): Promise<Buffer> {
  const key = await recipientKey(db, keyring);
  try {
    return encryptText(key, to, place(id));
  } finally {
    key.fill(0);
  }
}

export async function openRecipient(
  db: Db,
  keyring: Keyring,
  id: string,
  blob: Buffer,
): Promise<string> {
  const key = await recipientKey(db, keyring);
  try {
    return decryptText(key, blob, place(id));
  } finally {
    key.fill(0);
  }
}
