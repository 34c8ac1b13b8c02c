-- The listener's own planning on a case: call-backs and follow-ups with a reminder, and the
-- safety plan agreed with her. Notes and the plan are encrypted under the case's data key
-- (associated data `follow_ups.note_enc:<id>`, `safety_plans.plan_enc:<case id>`).
CREATE TABLE follow_ups (
  id             uuid PRIMARY KEY,
  case_id        uuid NOT NULL REFERENCES cases(id),
  kind           text NOT NULL CHECK (kind IN ('callback', 'follow_up')),
  due_at         timestamptz NOT NULL,
  note_enc       bytea,
  -- Who is reminded when it falls due (the `followup.due` job, singleton key = this id).
  assigned_to    uuid REFERENCES staff_users(id),
  done_at        timestamptz,
  -- Set by the reminder job, so a reminder is sent once and overdue lists can tell.
  reminded_at    timestamptz,
  created_by     uuid REFERENCES staff_users(id),
  created_at     timestamptz NOT NULL DEFAULT now()
);
-- Serves the case file's list of follow-ups.
CREATE INDEX follow_ups_case_idx ON follow_ups (case_id, due_at);
-- Serves the supervisors' overdue follow-ups (queue health): pending ones, by due time.
CREATE INDEX follow_ups_pending_idx ON follow_ups (due_at) WHERE done_at IS NULL;

-- One safety plan per case, rewritten as it evolves (the audit trail keeps who changed it when).
CREATE TABLE safety_plans (
  case_id        uuid PRIMARY KEY REFERENCES cases(id),
  plan_enc       bytea NOT NULL,
  updated_by     uuid REFERENCES staff_users(id),
  updated_at     timestamptz NOT NULL DEFAULT now()
);
