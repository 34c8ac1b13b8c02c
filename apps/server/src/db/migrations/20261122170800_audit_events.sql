-- Append-only audit trail. Events get their sequence number inside the request's transaction;
-- a sealer hashes committed events in order later (hash, prev_hash), so intake never waits on
-- one global lock. Rows can be sealed once and never changed or deleted otherwise.
CREATE TABLE audit_events (
  seq           bigserial PRIMARY KEY,
  id            uuid NOT NULL UNIQUE,
  occurred_at   timestamptz NOT NULL DEFAULT now(),
  action        text NOT NULL,                 -- typed event name, e.g. case.viewed
  actor_id      uuid,
  actor_institution_id uuid,
  record_type   text NOT NULL,
  record_id     text,
  case_id       uuid,
  purpose       text,
  diff          jsonb,
  request_id    text,
  prev_hash     bytea,
  hash          bytea
);
-- Serves "who saw her file".
CREATE INDEX audit_events_case_idx ON audit_events (case_id, seq) WHERE case_id IS NOT NULL;

CREATE FUNCTION audit_events_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND OLD.hash IS NULL AND NEW.hash IS NOT NULL
     AND (to_jsonb(OLD) - 'hash' - 'prev_hash') = (to_jsonb(NEW) - 'hash' - 'prev_hash') THEN
    RETURN NEW; -- the sealer stamping a committed event, once
  END IF;
  RAISE EXCEPTION 'audit_events is append-only (% refused)', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_events_append_only
  BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_guard();

CREATE FUNCTION audit_events_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only (TRUNCATE refused)'
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_events_no_truncate
  BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_no_truncate();
