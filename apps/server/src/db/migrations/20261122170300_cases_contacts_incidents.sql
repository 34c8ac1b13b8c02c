-- A survivor's file over time, the contacts that fed it, and the incidents it records.
CREATE TABLE cases (
  id             uuid PRIMARY KEY,
  reference      text NOT NULL UNIQUE,         -- human reference shown to staff, not secret
  data_key_id    uuid NOT NULL REFERENCES data_keys(id),
  survivor_id    uuid REFERENCES persons(id),
  status         text NOT NULL DEFAULT 'new',  -- vocabulary: case_status
  closed_reason  text,
  urgency        text NOT NULL,                -- vocabulary: urgency_level
  kind           text NOT NULL,                -- violence_report | support_request
  owner_id       uuid REFERENCES staff_users(id),
  region_code    text REFERENCES regions(code),
  province_code  text REFERENCES provinces(code),
  area_type      text,
  version        integer NOT NULL DEFAULT 1,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  closed_at      timestamptz
);
-- Serves the triage queue: open cases, most urgent first, oldest first.
CREATE INDEX cases_queue_idx ON cases (status, urgency, created_at);
-- Serves territory-scoped lists and indicators.
CREATE INDEX cases_province_idx ON cases (province_code, created_at);

CREATE TABLE contacts (
  id             uuid PRIMARY KEY,
  case_id        uuid REFERENCES cases(id),
  person_id      uuid REFERENCES persons(id),
  channel        text NOT NULL,                -- vocabulary: contact_channel
  type           text NOT NULL,                -- vocabulary: contact_type
  direction      text NOT NULL DEFAULT 'inbound' CHECK (direction IN ('inbound', 'outbound')),
  occurred_at    timestamptz NOT NULL,
  duration_seconds integer CHECK (duration_seconds >= 0),
  handled_by     uuid REFERENCES staff_users(id),
  via_institution_id uuid REFERENCES institutions(id),
  data_key_id    uuid NOT NULL REFERENCES data_keys(id),
  notes_enc      bytea,
  outcome        text,
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX contacts_case_idx ON contacts (case_id, occurred_at);
CREATE INDEX contacts_person_idx ON contacts (person_id, occurred_at);

CREATE TABLE incidents (
  id             uuid PRIMARY KEY,
  case_id        uuid NOT NULL REFERENCES cases(id),
  forms          text[] NOT NULL DEFAULT '{}', -- vocabulary: violence_form (Law 103.13)
  gbvims_type    text,                         -- vocabulary: gbvims_type (one, for statistics)
  contexts       text[] NOT NULL DEFAULT '{}', -- vocabulary: violence_context
  perpetrator_relation text,                   -- vocabulary: perpetrator_relation
  occurred_on    date,
  province_code  text REFERENCES provinces(code),
  area_type      text,
  narrative_enc  bytea,
  created_by     uuid REFERENCES staff_users(id),
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX incidents_case_idx ON incidents (case_id);
