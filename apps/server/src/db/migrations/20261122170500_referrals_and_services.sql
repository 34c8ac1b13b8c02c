-- Referrals to institutions, with their deadlines, and the services institutions record.
CREATE TABLE referrals (
  id               uuid PRIMARY KEY,
  case_id          uuid NOT NULL REFERENCES cases(id),
  institution_id   uuid NOT NULL REFERENCES institutions(id),
  services         text[] NOT NULL DEFAULT '{}',
  status           text NOT NULL DEFAULT 'draft', -- vocabulary: referral_status
  urgency          text NOT NULL,
  emergency_override boolean NOT NULL DEFAULT false,
  override_reason_enc bytea,
  decline_reason   text,
  note_back_enc    bytea,
  created_by       uuid REFERENCES staff_users(id),
  sent_at          timestamptz,
  acknowledge_due_at timestamptz,
  acknowledged_at  timestamptz,
  accept_due_at    timestamptz,
  accepted_at      timestamptz,
  declined_at      timestamptz,
  completed_at     timestamptz,
  revoked_at       timestamptz,
  version          integer NOT NULL DEFAULT 1,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now()
);
-- Serves an institution's inbox.
CREATE INDEX referrals_institution_idx ON referrals (institution_id, status, created_at);
CREATE INDEX referrals_case_idx ON referrals (case_id);

CREATE TABLE service_records (
  id             uuid PRIMARY KEY,
  referral_id    uuid REFERENCES referrals(id),
  case_id        uuid NOT NULL REFERENCES cases(id),
  institution_id uuid NOT NULL REFERENCES institutions(id),
  service_type   text NOT NULL,                -- vocabulary: service_type
  started_on     date NOT NULL,
  ended_on       date,
  notes_enc      bytea,
  recorded_by    uuid REFERENCES staff_users(id),
  created_at     timestamptz NOT NULL DEFAULT now(),
  CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX service_records_case_idx ON service_records (case_id);
