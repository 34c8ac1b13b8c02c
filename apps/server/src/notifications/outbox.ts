import type { Locale } from '@sanad/core';
import type { Db } from '../db/database.ts';
import {
  notificationOutbox,
  type NotificationAudience,
  type NotificationChannel,
} from '../db/schema/index.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';
import { newId } from '../platform/ids.ts';
import { enqueueJob } from '../platform/jobs/enqueue.ts';
import { normaliseRecipient, sealRecipient } from './recipient.ts';
import { checkParams, TEMPLATES, type NotificationTemplate } from './templates.ts';

export type { NotificationTemplate } from './templates.ts';

export interface NotificationInput {
  readonly channel: NotificationChannel;
  /** An e-mail address or a phone number (any usual spelling): encrypted in the outbox. */
  readonly to: string;
  /** Must be the template's own audience: a survivor can only ever receive a discreet text. */
  readonly audience: NotificationAudience;
  readonly locale: Locale;
  readonly template: NotificationTemplate;
  /** References, codes, times, an institution's name — never a survivor's name or words. */
  readonly params: Readonly<Record<string, string | number>>;
  /** The caller's name for this message: a second `queueNotification` with it does nothing. */
  readonly dedupeKey: string;
}

/** The input contradicts the template (a staff template addressed to a survivor…). */
export class NotificationInputError extends Error {
  override name = 'NotificationInputError';
}

export const NOTIFICATION_JOB = 'notification.send';

/**
 * Writes an SMS or e-mail to the outbox and enqueues its delivery, in the caller's transaction:
 * the message exists if and only if the change it reports is committed, and it is handed to its
 * transport after that commit, never inside it. Returns false when a message with the same
 * `dedupeKey` already exists (nothing is written). Throws on a caller's mistake: parameters the
 * template does not take, a recipient the channel cannot reach, the wrong audience.
 */
export async function queueNotification(
  tx: Db,
  keyring: Keyring,
  input: NotificationInput,
  now: Date = new Date(),
): Promise<boolean> {
  if (TEMPLATES[input.template].audience !== input.audience) {
    throw new NotificationInputError(
      `template ${input.template} is not for the ${input.audience} audience`,
    );
  }
  const params = checkParams(input.template, input.params);
  const to = normaliseRecipient(input.channel, input.to);
  const id = newId();
  const inserted = await tx
    .insert(notificationOutbox)
    .values({
      id,
      dedupeKey: input.dedupeKey,
      channel: input.channel,
      audience: input.audience,
      locale: input.locale,
      template: input.template,
      params,
      recipientEnc: await sealRecipient(tx, keyring, id, to),
      state: 'pending',
      attempts: 0,
      nextAttemptAt: now,
    })
    .onConflictDoNothing({ target: notificationOutbox.dedupeKey })
    .returning({ id: notificationOutbox.id });
  if (inserted.length === 0) return false;
  await enqueueJob(tx, {
    name: NOTIFICATION_JOB,
    payload: { notificationId: id },
    runAt: now,
    singletonKey: id,
  });
  return true;
}
