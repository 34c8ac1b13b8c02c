-- Risk assessments are immutable and versioned: a new assessment is a new row.
CREATE TABLE risk_assessments (
  id               uuid PRIMARY KEY,
  case_id          uuid NOT NULL REFERENCES cases(id),
  instrument_version text NOT NULL,
  answers_enc      bytea NOT NULL,
  score            integer NOT NULL CHECK (score >= 0),
  computed_level   text NOT NULL,              -- vocabulary: urgency_level
  red_flags        text[] NOT NULL DEFAULT '{}',
  final_level      text NOT NULL,              -- after professional judgement
  override_reason_enc bytea,
  assessed_by      uuid REFERENCES staff_users(id),
  created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX risk_assessments_case_idx ON risk_assessments (case_id, created_at);

-- Consent per purpose (care, sharing with a named institution, location, statistics).
CREATE TABLE consents (
  id             uuid PRIMARY KEY,
  case_id        uuid NOT NULL REFERENCES cases(id),
  purpose        text NOT NULL,                -- vocabulary: consent_purpose
  institution_id uuid REFERENCES institutions(id),
  granted        boolean NOT NULL,
  channel        text NOT NULL,                -- vocabulary: contact_channel
  recorded_by    uuid REFERENCES staff_users(id),
  recorded_at    timestamptz NOT NULL DEFAULT now(),
  withdrawn_at   timestamptz,
  CHECK (purpose <> 'sharing_with_institution' OR institution_id IS NOT NULL)
);
CREATE INDEX consents_case_idx ON consents (case_id, purpose);
