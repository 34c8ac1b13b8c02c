-- Staff sign-in: second factor state, recovery codes, database sessions, and a throttle on
-- failed sign-ins that behaves the same whether the account exists or not.
ALTER TABLE staff_users
  ADD COLUMN totp_enrolled_at timestamptz,
  ADD COLUMN totp_last_step bigint,            -- last accepted time step: a code is used once
  ADD COLUMN must_change_password boolean NOT NULL DEFAULT false,
  ADD COLUMN password_changed_at timestamptz;

CREATE TABLE staff_recovery_codes (
  user_id    uuid NOT NULL REFERENCES staff_users(id) ON DELETE CASCADE,
  code_hash  bytea NOT NULL,                   -- SHA-256 of the code; codes are random, 50+ bits
  used_at    timestamptz,
  PRIMARY KEY (user_id, code_hash)
);

CREATE TABLE staff_sessions (
  token_hash     bytea PRIMARY KEY,            -- SHA-256 of the cookie value; the value is never stored
  user_id        uuid NOT NULL REFERENCES staff_users(id) ON DELETE CASCADE,
  stage          text NOT NULL CHECK (stage IN ('second_factor', 'enrol', 'full')),
  pending_totp_secret_enc bytea,               -- only while enrolling
  created_at     timestamptz NOT NULL DEFAULT now(),
  last_seen_at   timestamptz NOT NULL DEFAULT now(),
  expires_at     timestamptz NOT NULL,         -- absolute limit
  revoked_at     timestamptz
);
-- Serves "sign out everywhere" and session counts per user.
CREATE INDEX staff_sessions_user_idx ON staff_sessions (user_id) WHERE revoked_at IS NULL;

CREATE TABLE sign_in_throttle (
  key_hash      bytea PRIMARY KEY,             -- HMAC of the normalised e-mail: no address in clear
  failures      integer NOT NULL DEFAULT 0,
  locked_until  timestamptz,
  updated_at    timestamptz NOT NULL DEFAULT now()
);
