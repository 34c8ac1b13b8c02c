-- Live events for the console (queue changes, urgent alerts, reminders). Each event is a row
-- written in the transaction that caused it, then announced with NOTIFY carrying only its id:
-- a console that reconnects with Last-Event-ID reads what it missed from this table, and an
-- event whose transaction rolled back never existed. Payloads never hold personal data.
CREATE TABLE live_events (
  id             bigserial PRIMARY KEY,
  kind           text NOT NULL,
  -- Who may receive it: 'helpline' (listeners and supervisors in scope), 'supervisors', or
  -- 'staff' (one staff member, `staff_id`).
  audience       text NOT NULL CHECK (audience IN ('helpline', 'supervisors', 'staff')),
  staff_id       uuid REFERENCES staff_users(id),
  case_id        uuid REFERENCES cases(id),
  region_code    text,
  province_code  text,
  payload        jsonb NOT NULL DEFAULT '{}',
  created_at     timestamptz NOT NULL DEFAULT now(),
  CHECK (audience <> 'staff' OR staff_id IS NOT NULL)
);
CREATE INDEX live_events_created_idx ON live_events (created_at);

-- Durable jobs: timers and escalations that must survive a restart and run exactly once
-- across nodes. A job is enqueued in the transaction that needs it, taken with
-- FOR UPDATE SKIP LOCKED, and marked done in the same transaction as its effect.
CREATE TABLE jobs (
  id             uuid PRIMARY KEY,
  name           text NOT NULL,
  payload        jsonb NOT NULL DEFAULT '{}',
  run_at         timestamptz NOT NULL,
  -- At most one pending job per key (e.g. one "unclaimed urgent" timer per case).
  singleton_key  text,
  state          text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed', 'cancelled')),
  attempts       integer NOT NULL DEFAULT 0,
  last_error     text,
  created_at     timestamptz NOT NULL DEFAULT now(),
  finished_at    timestamptz
);
CREATE INDEX jobs_due_idx ON jobs (run_at) WHERE state = 'pending';
CREATE UNIQUE INDEX jobs_singleton_idx ON jobs (name, singleton_key)
  WHERE state = 'pending' AND singleton_key IS NOT NULL;

-- Who is on duty: a console holding the live stream open refreshes its row.
CREATE TABLE staff_presence (
  staff_id       uuid PRIMARY KEY REFERENCES staff_users(id),
  last_seen_at   timestamptz NOT NULL
);
