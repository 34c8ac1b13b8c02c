-- The outbox of SMS and e-mail notifications (referral steps for staff, discreet updates for a
-- survivor). A message is written in the transaction of the change it reports, with the durable
-- job that delivers it, so it exists if and only if that change was committed. The text is not
-- stored: it is rendered at sending time from the template, the recipient's language and the
-- parameters (references, codes, times — never a survivor's data). The address or phone number
-- is encrypted and blanked some days after the message is finished.
CREATE TABLE notification_outbox (
  id               uuid PRIMARY KEY,
  -- The caller's name for this message: a second message with the same key is not written, so
  -- a repeated step (a retried job, a double click) never notifies twice.
  dedupe_key       text NOT NULL UNIQUE,
  channel          text NOT NULL CHECK (channel IN ('email', 'sms')),
  audience         text NOT NULL CHECK (audience IN ('staff', 'survivor')),
  locale           text NOT NULL CHECK (locale IN ('ar', 'fr', 'zgh', 'en')),
  template         text NOT NULL,
  params           jsonb NOT NULL DEFAULT '{}',
  -- AES-256-GCM under a subkey of the `staff_secrets` system key; NULL once purged.
  recipient_enc    bytea,
  -- pending → sending (claimed, under a lease) → sent | failed; sending → pending to retry.
  state            text NOT NULL DEFAULT 'pending'
                     CHECK (state IN ('pending', 'sending', 'sent', 'failed')),
  attempts         integer NOT NULL DEFAULT 0,
  next_attempt_at  timestamptz NOT NULL,
  -- While sending: until when the claim holds, and whose it is. A claim whose lease ran out
  -- (its node died mid-send) is taken over and the message sent again with the same id, which
  -- the transports pass on as the idempotency key / Message-ID.
  lease_until      timestamptz,
  claim_token      uuid,
  transport        text,
  provider_id      text,
  -- A short error code ('sms_http_503', 'smtp_550'), never a provider's message.
  last_error       text,
  created_at       timestamptz NOT NULL DEFAULT now(),
  finished_at      timestamptz,
  purged_at        timestamptz,
  CHECK ((state = 'sending') = (lease_until IS NOT NULL AND claim_token IS NOT NULL)),
  CHECK ((state IN ('sent', 'failed')) = (finished_at IS NOT NULL)),
  CHECK (purged_at IS NULL OR recipient_enc IS NULL)
);

-- Serves the purge: finished messages whose recipient is still held, oldest first.
CREATE INDEX notification_outbox_purge_idx ON notification_outbox (finished_at)
  WHERE recipient_enc IS NOT NULL AND finished_at IS NOT NULL;
