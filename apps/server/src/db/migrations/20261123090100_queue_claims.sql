-- Who took a case from the queue, and when a woman first heard a human voice. `claimed_at` is
-- the time of the current claim (cleared on release); `first_contact_at` is set once, the
-- first time a listener claimed the case or called her, and never moves: indicators measure
-- the wait from `created_at` to it.
ALTER TABLE cases ADD COLUMN claimed_at timestamptz;
ALTER TABLE cases ADD COLUMN first_contact_at timestamptz;

-- Serves the triage queue and its health figures: open cases only, oldest first. Small and
-- hot, unlike the whole case table.
CREATE INDEX cases_open_queue_idx ON cases (created_at) WHERE status IN ('new', 'in_triage');

-- Serves each listener's open-case count in the supervisor's queue health view.
CREATE INDEX cases_owner_open_idx ON cases (owner_id) WHERE owner_id IS NOT NULL AND status <> 'closed';
