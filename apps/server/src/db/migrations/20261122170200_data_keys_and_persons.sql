-- Envelope encryption: each case and each person has its own data key, stored only wrapped by
-- the master key (identified by master_key_id so the master key can be rotated). Destroying a
-- data key makes everything encrypted under it unreadable (crypto-shredding).
CREATE TABLE data_keys (
  id            uuid PRIMARY KEY,
  wrapped_key   bytea,                         -- NULL once destroyed
  master_key_id text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  destroyed_at  timestamptz,
  CHECK ((wrapped_key IS NULL) = (destroyed_at IS NOT NULL))
);

-- A survivor, or someone reporting for her. Every identifying field is encrypted.
CREATE TABLE persons (
  id            uuid PRIMARY KEY,
  data_key_id   uuid NOT NULL REFERENCES data_keys(id),
  name_enc      bytea,
  phone_enc     bytea,
  phone_bidx    bytea,                         -- keyed HMAC of the normalised phone number
  address_enc   bytea,
  birth_year    smallint,
  age_band      text,                          -- vocabulary: age_band
  province_code text REFERENCES provinces(code),
  area_type     text,                          -- vocabulary: area_type
  created_at    timestamptz NOT NULL DEFAULT now(),
  erased_at     timestamptz
);
-- Serves "earlier contacts of this number" without storing the number in clear.
CREATE INDEX persons_phone_bidx_idx ON persons (phone_bidx) WHERE phone_bidx IS NOT NULL;
