-- Submissions from the survivor app carry an Idempotency-Key: a retry on a bad connection gets
-- the first answer again (same tracking code and secret) instead of creating a second case.
-- The response holds the secret, so it is stored encrypted; rows live seven days.
CREATE TABLE idempotency_keys (
  key_hash       bytea PRIMARY KEY,           -- SHA-256 of route and key
  body_hash      bytea NOT NULL,              -- keyed hash of the request body
  status_code    smallint NOT NULL,
  response_enc   bytea NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  expires_at     timestamptz NOT NULL
);
-- Serves the purge of expired keys.
CREATE INDEX idempotency_keys_expires_idx ON idempotency_keys (expires_at);
