-- The audit hash chain. The sealer (src/audit/seal.ts) stamps committed events in batches, in
-- the order it finds them: `sealed_index` is an event's position in the chain (1, 2, 3…), which
-- may differ from `seq` order when a transaction commits after later-numbered ones were sealed.
-- A sealed event is hash = SHA-256(prev_hash ‖ canonical form), prev_hash = the hash at the
-- position before (32 zero bytes for position 1). `sanad audit-verify` walks and rechecks it.

-- The unique index also serves the sealer's "last sealed event" (ORDER BY sealed_index DESC
-- LIMIT 1) and verify's walk in chain order (WHERE sealed_index > $1 ORDER BY sealed_index).
ALTER TABLE audit_events ADD COLUMN sealed_index bigint UNIQUE;

-- An event is sealed completely or not at all, with a 32-byte hash, at a position from 1.
ALTER TABLE audit_events ADD CONSTRAINT audit_events_sealed_whole CHECK (
  (hash IS NULL AND prev_hash IS NULL AND sealed_index IS NULL)
  OR (octet_length(hash) = 32 AND octet_length(prev_hash) = 32 AND sealed_index >= 1)
);

-- Serves the sealer's "oldest unsealed events first" (WHERE sealed_index IS NULL ORDER BY seq
-- LIMIT n) and verify's count of pending events. Partial: sealed events leave it, so it stays
-- as small as the backlog.
CREATE INDEX audit_events_unsealed_idx ON audit_events (seq) WHERE sealed_index IS NULL;

-- The only UPDATE allowed is the sealing one: an unsealed event gets hash, prev_hash and
-- sealed_index, and nothing else changes. Re-sealing, or changing any other column, is refused.
CREATE OR REPLACE FUNCTION audit_events_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND OLD.hash IS NULL AND OLD.prev_hash IS NULL AND OLD.sealed_index IS NULL
     AND NEW.hash IS NOT NULL AND NEW.prev_hash IS NOT NULL AND NEW.sealed_index IS NOT NULL
     AND (to_jsonb(OLD) - 'hash' - 'prev_hash' - 'sealed_index')
       = (to_jsonb(NEW) - 'hash' - 'prev_hash' - 'sealed_index') THEN
    RETURN NEW; -- the sealer stamping a committed event, once
  END IF;
  RAISE EXCEPTION 'audit_events is append-only (% refused)', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

-- Events are born unsealed: only the sealer places an event in the chain. Without this, an
-- INSERT could claim a position (say sealed_index 10^9) and every later seal would continue
-- from it, leaving a gap that no one could ever repair.
CREATE FUNCTION audit_events_born_unsealed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.hash IS NOT NULL OR NEW.prev_hash IS NOT NULL OR NEW.sealed_index IS NOT NULL THEN
    RAISE EXCEPTION 'audit_events: an event is inserted unsealed (hash, prev_hash, sealed_index are set by the sealer)'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER audit_events_born_unsealed
  BEFORE INSERT ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_born_unsealed();

-- recordAudit sets occurred_at in milliseconds, and the chain hashes it in milliseconds; an
-- insert relying on the default gets the same precision, so no part of the instant is unhashed.
ALTER TABLE audit_events ALTER COLUMN occurred_at SET DEFAULT date_trunc('milliseconds', now());
