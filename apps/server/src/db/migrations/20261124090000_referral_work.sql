-- Referral work (issue #6): who registered a case on her behalf, the steps and escalation of a
-- referral, breaches of its deadlines (counted for the indicators), and live events addressed
-- to an institution's staff.

-- A competent body (Aman Lki's second door) registers a woman it is already seeing.
ALTER TABLE cases ADD COLUMN registered_by_institution_id uuid REFERENCES institutions(id);

-- The decline or revocation reason is her story as much as a note is: encrypted like it.
ALTER TABLE referrals DROP COLUMN decline_reason;
ALTER TABLE referrals ADD COLUMN reason_enc bytea;
ALTER TABLE referrals ADD COLUMN started_at timestamptz;
-- The competent body that referred (null: the helpline referred).
ALTER TABLE referrals ADD COLUMN referred_by_institution_id uuid REFERENCES institutions(id);
-- 0: on time; 1: the institution's managers were told; 2: the supervisors were told.
ALTER TABLE referrals ADD COLUMN escalation smallint NOT NULL DEFAULT 0;
-- Proposed after a decline or a second escalation: where to try next.
ALTER TABLE referrals ADD COLUMN next_institution_id uuid REFERENCES institutions(id);
-- One live referral per institution and case: a second one would double the institution's work.
CREATE UNIQUE INDEX referrals_one_live_per_institution ON referrals (case_id, institution_id)
  WHERE status NOT IN ('declined', 'completed', 'revoked');

-- A deadline missed: one row per referral and stage, whatever happens next, so the indicators
-- count breaches even when the referral is later answered.
CREATE TABLE referral_breaches (
  id              uuid PRIMARY KEY,
  referral_id     uuid NOT NULL REFERENCES referrals(id),
  institution_id  uuid NOT NULL REFERENCES institutions(id),
  stage           text NOT NULL CHECK (stage IN ('acknowledge', 'accept')),
  urgency         text NOT NULL,
  due_at          timestamptz NOT NULL,
  detected_at     timestamptz NOT NULL,
  region_code     text,
  province_code   text,
  UNIQUE (referral_id, stage)
);
CREATE INDEX referral_breaches_institution_idx ON referral_breaches (institution_id, detected_at);

-- Live events for an institution's staff ('institution') or its managers only.
ALTER TABLE live_events DROP CONSTRAINT live_events_audience_check;
ALTER TABLE live_events ADD CONSTRAINT live_events_audience_check
  CHECK (audience IN ('helpline', 'supervisors', 'staff', 'institution', 'institution_managers'));
ALTER TABLE live_events ADD COLUMN institution_id uuid REFERENCES institutions(id);
ALTER TABLE live_events ADD CONSTRAINT live_events_institution_check
  CHECK (audience NOT IN ('institution', 'institution_managers') OR institution_id IS NOT NULL);
