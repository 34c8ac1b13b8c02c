-- The institution directory (issue #6): an institution's official code (the CSV import updates
-- by it rather than adding a second row), its focal points, when its free places were last
-- reported, and the CSV imports themselves. Institutional data only: no survivor's details.
ALTER TABLE institutions
  ADD COLUMN code text CHECK (code IS NULL OR length(code) BETWEEN 1 AND 64),
  -- [{ name, role, phone?, email? }]: the institution's own staff to call, never a survivor.
  ADD COLUMN focal_points jsonb NOT NULL DEFAULT '[]',
  ADD COLUMN capacity_updated_at timestamptz;
-- Serves the import's "does this code exist?" lookup; one institution per official code.
CREATE UNIQUE INDEX institutions_code_idx ON institutions (code) WHERE code IS NOT NULL;

-- One CSV upload by an administrator, processed in chunks by the `directory.import` job.
CREATE TABLE institution_imports (
  id            uuid PRIMARY KEY,
  created_by    uuid NOT NULL REFERENCES staff_users(id),
  -- The uploader's scope when the file was accepted ({ level, region?, province? }): every row
  -- is written within it, even if the account changes while the import runs.
  creator_scope jsonb NOT NULL,
  creator_institution_id uuid REFERENCES institutions(id),
  state         text NOT NULL CHECK (state IN ('pending', 'running', 'done', 'failed')),
  -- The file's columns: on an update, a column the file does not have leaves that field alone.
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

-- The rows of an import still to be written, already checked and normalised. Each job run takes
-- the first rows by number, writes them and deletes them, so what is left is what remains.
CREATE TABLE institution_import_rows (
  import_id  uuid NOT NULL REFERENCES institution_imports(id) ON DELETE CASCADE,
  row_number integer NOT NULL,
  data       jsonb NOT NULL,
  PRIMARY KEY (import_id, row_number)
);
