-- What the survivor app asks beyond the incident itself: who wrote, whether she is safe, how and
-- when she may be contacted, her general consent to sharing, and for support requests what she
-- seeks. One row per case created by the app. Codes are plain-choice vocabularies of
-- packages/core/src/intake; anything personal is encrypted under the case's data key.
CREATE TABLE intake_details (
  case_id          uuid PRIMARY KEY REFERENCES cases(id),
  reporter         text NOT NULL,             -- vocabulary: reporter_choice
  safe_now         text,                      -- vocabulary: safe_now_choice
  occurred_when    text,                      -- vocabulary: when_choice
  harms            text[] NOT NULL DEFAULT '{}', -- vocabulary: harm_choice (her own words)
  perpetrator      text,                      -- vocabulary: perpetrator_choice
  contact_method   text,                      -- vocabulary: contact_method
  call_window      text,                      -- vocabulary: call_window
  code_word_enc    bytea,
  -- Her general agreement that her file may be shared with institutions that can help. The
  -- consents table records sharing per named institution, when a listener refers her.
  sharing_consent  boolean NOT NULL,
  location_enc     bytea,
  seeking          text[] NOT NULL DEFAULT '{}', -- vocabulary: seeking_choice
  age_band         text,                      -- vocabulary: age_band
  schooling        text,                      -- vocabulary: schooling_level
  skills_enc       bytea,
  needs_childcare  boolean,
  needs_mobility   boolean,
  created_at       timestamptz NOT NULL DEFAULT now()
);
