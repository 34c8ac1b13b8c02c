-- What a data key protects. Most keys protect one case or one person ('record'). Two are system
-- keys: 'blind_index' (the HMAC key behind persons.phone_bidx) and 'staff_secrets' (staff
-- second-factor secrets and the like). They are ordinary data keys, wrapped by the master key,
-- so rotating the master key only re-wraps them and never changes a blind index or a secret.
ALTER TABLE data_keys
  ADD COLUMN purpose text NOT NULL DEFAULT 'record'
    CHECK (purpose IN ('record', 'blind_index', 'staff_secrets'));

-- At most one live key per system purpose; serves getSystemKey's lookup and its ON CONFLICT,
-- so two nodes starting at once cannot each create a different blind-index key.
CREATE UNIQUE INDEX data_keys_system_purpose_idx ON data_keys (purpose)
  WHERE purpose <> 'record' AND destroyed_at IS NULL;

-- Serves master-key rotation: the live keys still wrapped by a given master key, in id order.
CREATE INDEX data_keys_master_key_idx ON data_keys (master_key_id, id)
  WHERE wrapped_key IS NOT NULL;
