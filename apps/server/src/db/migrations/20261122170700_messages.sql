-- Messages between a survivor (through her tracking code) and her listener, encrypted.
CREATE TABLE messages (
  id           uuid PRIMARY KEY,
  case_id      uuid NOT NULL REFERENCES cases(id),
  sender       text NOT NULL CHECK (sender IN ('survivor', 'staff')),
  staff_id     uuid REFERENCES staff_users(id),
  body_enc     bytea NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  read_at      timestamptz,
  CHECK (sender <> 'staff' OR staff_id IS NOT NULL)
);
CREATE INDEX messages_case_idx ON messages (case_id, created_at);
