-- A survivor follows her own report or request with a tracking code and a secret, without an
-- account. The code is unique and not secret (it is typed and read aloud); the secret is kept
-- only as an HMAC, so a copy of the database cannot be used to read her messages.
CREATE TABLE public_requests (
  case_id        uuid PRIMARY KEY REFERENCES cases(id),
  tracking_code  text NOT NULL UNIQUE CHECK (tracking_code ~ '^[0-9A-Z]{8}$'),
  secret_hmac    bytea NOT NULL,
  language       text NOT NULL,               -- ar | fr | zgh | en: the language she wrote in
  created_at     timestamptz NOT NULL DEFAULT now()
);
