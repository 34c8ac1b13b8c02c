-- Institutions (cells, hospital units, EMF centres, shelters, NGOs, employment and training
-- bodies, the helpline) and the staff who work in them.
CREATE TABLE institutions (
  id            uuid PRIMARY KEY,
  name          text NOT NULL,
  type          text NOT NULL,                 -- vocabulary: institution_type
  agency        text NOT NULL,                 -- ministry or agency it answers to
  region_code   text NOT NULL REFERENCES regions(code),
  province_code text REFERENCES provinces(code),
  area_types    text[] NOT NULL DEFAULT '{urban,rural}',
  services      text[] NOT NULL DEFAULT '{}',  -- vocabulary: service_type
  open_24_7     boolean NOT NULL DEFAULT false,
  opening_hours jsonb,
  capacity_total integer CHECK (capacity_total >= 0),
  capacity_free  integer CHECK (capacity_free >= 0),
  contact       jsonb NOT NULL DEFAULT '{}',   -- institutional phone/email, never a survivor's
  active        boolean NOT NULL DEFAULT true,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
-- Serves routing and the directory filtered by type and territory.
CREATE INDEX institutions_type_region_idx ON institutions (type, region_code);

-- Provinces an institution covers (a prosecution cell's court area, a regional NGO...).
CREATE TABLE institution_coverage (
  institution_id uuid NOT NULL REFERENCES institutions(id) ON DELETE CASCADE,
  province_code  text NOT NULL REFERENCES provinces(code),
  PRIMARY KEY (institution_id, province_code)
);
-- Serves "which institutions cover this province".
CREATE INDEX institution_coverage_province_idx ON institution_coverage (province_code);

CREATE TABLE staff_users (
  id             uuid PRIMARY KEY,
  email          text NOT NULL,
  display_name   text NOT NULL,
  password_hash  text NOT NULL,                -- argon2id
  role           text NOT NULL,                -- vocabulary: staff_role
  scope_level    text NOT NULL CHECK (scope_level IN ('national', 'region', 'province')),
  scope_region   text REFERENCES regions(code),
  scope_province text REFERENCES provinces(code),
  institution_id uuid REFERENCES institutions(id),
  locale         text NOT NULL DEFAULT 'ar',
  totp_secret_enc bytea,                       -- encrypted under the master key
  disabled_at    timestamptz,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  CHECK (scope_level <> 'region' OR scope_region IS NOT NULL),
  CHECK (scope_level <> 'province' OR scope_province IS NOT NULL)
);
-- Sign-in looks users up by e-mail, case-insensitively.
CREATE UNIQUE INDEX staff_users_email_idx ON staff_users (lower(email));
CREATE INDEX staff_users_institution_idx ON staff_users (institution_id);
