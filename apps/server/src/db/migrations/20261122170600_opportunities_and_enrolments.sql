-- The catalogue of jobs, trainings and programmes, and a woman's path through one of them.
CREATE TABLE opportunities (
  id               uuid PRIMARY KEY,
  kind             text NOT NULL,              -- vocabulary: opportunity_kind
  provider_id      uuid NOT NULL REFERENCES institutions(id),
  title            text NOT NULL,
  description      text NOT NULL DEFAULT '',
  region_code      text REFERENCES regions(code),
  province_codes   text[] NOT NULL DEFAULT '{}',
  remote           boolean NOT NULL DEFAULT false,
  starts_on        date,
  ends_on          date,
  apply_by         date,
  places_total     integer CHECK (places_total >= 0),
  places_left      integer CHECK (places_left >= 0),
  min_age          smallint,
  max_age          smallint,
  schooling_level  text,
  literacy_required boolean NOT NULL DEFAULT false,
  prerequisites    text NOT NULL DEFAULT '',
  childcare        boolean NOT NULL DEFAULT false,
  transport        boolean NOT NULL DEFAULT false,
  stipend          boolean NOT NULL DEFAULT false,
  languages        text[] NOT NULL DEFAULT '{}',
  contact          jsonb NOT NULL DEFAULT '{}',
  active           boolean NOT NULL DEFAULT true,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  CHECK (min_age IS NULL OR max_age IS NULL OR min_age <= max_age)
);
-- Serves matching by region and kind among open opportunities.
CREATE INDEX opportunities_region_kind_idx ON opportunities (region_code, kind) WHERE active;

CREATE TABLE enrolments (
  id               uuid PRIMARY KEY,
  opportunity_id   uuid NOT NULL REFERENCES opportunities(id),
  case_id          uuid NOT NULL REFERENCES cases(id),
  referral_id      uuid REFERENCES referrals(id),
  status           text NOT NULL DEFAULT 'proposed', -- vocabulary: enrolment_status
  dropped_reason   text,
  outcome          text,                       -- vocabulary: economic_outcome
  outcome_on       date,
  proposed_by      uuid REFERENCES staff_users(id),
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  UNIQUE (opportunity_id, case_id)
);
CREATE INDEX enrolments_case_idx ON enrolments (case_id);
