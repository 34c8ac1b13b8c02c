-- The catalogue of opportunities (issue #7): a provider's own code (a CSV import updates by it
-- rather than adding a second row), optimistic concurrency, closing and expiry, who created it,
-- and the CSV imports themselves. Offers of institutions only: no survivor's details.
ALTER TABLE opportunities
  ADD COLUMN code text CHECK (code IS NULL OR length(code) BETWEEN 1 AND 64),
  -- Bumped by every change its manager makes (the form, a CSV import); an edit names the version
  -- it was made from (409 when it moved on). Taking or releasing a place does not bump it: the
  -- form never writes the places left it read.
  ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  ADD COLUMN created_by uuid REFERENCES staff_users(id),
  -- Closed by its manager (filled elsewhere, cancelled…), with an optional reason code.
  ADD COLUMN closed_at timestamptz,
  ADD COLUMN closed_reason text,             -- closing reason code (see the API)
  -- Marked by the daily `opportunity.expire` job once its deadline or end has passed.
  ADD COLUMN expired_at timestamptz,
  -- Places are taken and released one at a time by enrolments: never above the total.
  ADD CONSTRAINT opportunities_places_within_total
    CHECK (places_left IS NULL OR places_total IS NULL OR places_left <= places_total),
  ADD CONSTRAINT opportunities_dates_in_order
    CHECK ((apply_by IS NULL OR starts_on IS NULL OR apply_by <= starts_on)
       AND (starts_on IS NULL OR ends_on IS NULL OR starts_on <= ends_on));

-- Serves the import's "does this provider already have this code?" lookup; one opportunity per
-- provider and code.
CREATE UNIQUE INDEX opportunities_provider_code_idx ON opportunities (provider_id, code)
  WHERE code IS NOT NULL;
-- Serves a provider's own list (the console's "my opportunities", scope checks).
CREATE INDEX opportunities_provider_idx ON opportunities (provider_id);
-- Serves "open opportunities covering this province" (`province_codes @> ARRAY[…]`).
CREATE INDEX opportunities_active_provinces_idx ON opportunities USING gin (province_codes)
  WHERE active;
-- Serves the daily expiry job: active rows whose deadline or end has passed.
CREATE INDEX opportunities_active_dates_idx ON opportunities (apply_by, ends_on) WHERE active;

-- One CSV upload by an administrator or a provider's manager, processed in chunks by the
-- `opportunity.import` job. Same shape as `institution_imports`.
CREATE TABLE opportunity_imports (
  id            uuid PRIMARY KEY,
  created_by    uuid NOT NULL REFERENCES staff_users(id),
  creator_scope jsonb NOT NULL,
  -- The uploader's institution when the file was accepted: a provider's manager writes only
  -- that institution's opportunities.
  creator_institution_id uuid REFERENCES institutions(id),
  state         text NOT NULL CHECK (state IN ('pending', 'running', 'done', 'failed')),
  columns       text[] NOT NULL,
  total         integer NOT NULL CHECK (total >= 0),
  processed     integer NOT NULL DEFAULT 0 CHECK (processed >= 0),
  imported      integer NOT NULL DEFAULT 0 CHECK (imported >= 0),
  updated       integer NOT NULL DEFAULT 0 CHECK (updated >= 0),
  -- [{ row, field, issue }]: row as a spreadsheet numbers it (the header is row 1).
  errors        jsonb NOT NULL DEFAULT '[]',
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  finished_at   timestamptz
);

-- The checked rows of an import still to be written; each job run writes and deletes the first.
CREATE TABLE opportunity_import_rows (
  import_id  uuid NOT NULL REFERENCES opportunity_imports(id) ON DELETE CASCADE,
  row_number integer NOT NULL,
  data       jsonb NOT NULL,
  PRIMARY KEY (import_id, row_number)
);
