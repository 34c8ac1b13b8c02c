-- The economic pathway (issue #7): her profile of needs, an enrolment's dated steps, and the
-- events that feed the indicators.

-- What she seeks and what she brings. Absent until someone saves it: until then it is read from
-- her support request's answers, so nothing is asked twice.
CREATE TABLE economic_profiles (
  case_id          uuid PRIMARY KEY REFERENCES cases(id),
  seeking          text[] NOT NULL DEFAULT '{}',  -- vocabulary: opportunity_kind
  province_code    text REFERENCES provinces(code),
  age_band         text,                          -- vocabulary: age_band
  schooling        text,                          -- vocabulary: schooling_level
  literate         boolean,
  needs_childcare  boolean NOT NULL DEFAULT false,
  mobility         text NOT NULL DEFAULT 'region', -- vocabulary: mobility
  availability     text,                          -- vocabulary: availability
  languages        text[] NOT NULL DEFAULT '{}',
  skills_enc       bytea,                         -- her skills in her words, under the case key
  version          integer NOT NULL DEFAULT 1,
  updated_by       uuid REFERENCES staff_users(id),
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE enrolments
  ADD COLUMN version          integer NOT NULL DEFAULT 1,
  ADD COLUMN interested_at    timestamptz,
  ADD COLUMN referred_at      timestamptz,
  ADD COLUMN applied_at       timestamptz,
  ADD COLUMN enrolled_at      timestamptz,
  ADD COLUMN completed_on     date,
  ADD COLUMN dropped_at       timestamptz,
  ADD COLUMN place_taken      boolean NOT NULL DEFAULT false,
  ADD COLUMN outcome_recorded_at timestamptz;
-- A provider's candidates, by opportunity.
CREATE INDEX enrolments_opportunity_idx ON enrolments (opportunity_id, status);

-- One row per step taken on an enrolment: the case timeline's source for the pathway and the
-- indicators' feed (counts by day, province, kind and step). Codes and dates only, never a
-- personal field; the province is the case's at the time of the step.
CREATE TABLE enrolment_events (
  id               uuid PRIMARY KEY,
  enrolment_id     uuid NOT NULL REFERENCES enrolments(id),
  case_id          uuid NOT NULL REFERENCES cases(id),
  opportunity_id   uuid NOT NULL REFERENCES opportunities(id),
  opportunity_kind text NOT NULL,                 -- vocabulary: opportunity_kind
  step             text NOT NULL,                 -- proposed, interested, referred, applied,
                                                  -- enrolled, completed, dropped, outcome
  drop_reason      text,                          -- vocabulary: drop_reason
  outcome          text,                          -- vocabulary: economic_outcome
  region_code      text,
  province_code    text,
  occurred_on      date NOT NULL,                 -- Africa/Casablanca calendar date
  occurred_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX enrolment_events_feed_idx ON enrolment_events (occurred_on, step);
CREATE INDEX enrolment_events_case_idx ON enrolment_events (case_id);
