-- Reference data: Morocco's 12 regions and 75 prefectures/provinces (Decree 2.15.40).
-- Rows are loaded from packages/core/src/territory at start, so the code and the database agree.
CREATE TABLE regions (
  code        text PRIMARY KEY,              -- HCP two-digit code, 01..12
  iso_code    text NOT NULL UNIQUE,          -- ISO 3166-2:MA, MA-01..MA-12
  name_ar     text NOT NULL,
  name_fr     text NOT NULL,
  name_zgh    text NOT NULL,
  name_en     text NOT NULL
);

CREATE TABLE provinces (
  code        text PRIMARY KEY,              -- HCP three-digit code (RGPH 2014)
  region_code text NOT NULL REFERENCES regions(code),
  iso_code    text NOT NULL UNIQUE,
  kind        text NOT NULL CHECK (kind IN ('prefecture', 'province')),
  name_ar     text NOT NULL,
  name_fr     text NOT NULL,
  name_zgh    text NOT NULL,
  name_en     text NOT NULL
);
-- Serves "provinces of a region" (territory listing, routing by region).
CREATE INDEX provinces_region_idx ON provinces (region_code);
