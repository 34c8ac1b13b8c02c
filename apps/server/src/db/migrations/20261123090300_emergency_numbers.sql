-- The emergency numbers shown on the survivor app's home screen, one tap to call. Data rather
-- than code so an administrator can correct a number without a release; the app keeps the four
-- defaults below as its offline fallback. Public data: no survivor's details here.
CREATE TABLE emergency_numbers (
  id          uuid PRIMARY KEY,
  -- Digits only, as dialled from a Moroccan phone (short numbers included).
  number      text NOT NULL UNIQUE CHECK (number ~ '^[0-9]{2,10}$'),
  kind        text NOT NULL
              CHECK (kind IN ('police', 'gendarmerie', 'civil_protection', 'helpline', 'other')),
  label_ar    text NOT NULL CHECK (length(label_ar) > 0),
  label_fr    text NOT NULL CHECK (length(label_fr) > 0),
  label_zgh   text NOT NULL CHECK (length(label_zgh) > 0),
  label_en    text NOT NULL CHECK (length(label_en) > 0),
  -- Display order, 0 first. The whole list is replaced at once, so it stays 0..n-1.
  position    integer NOT NULL CHECK (position >= 0),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
-- Serves the public list, read in display order.
CREATE INDEX emergency_numbers_position_idx ON emergency_numbers (position);

-- Every deployment starts with the national numbers (fixed ids, so the defaults are the same
-- everywhere). Tamazight labels: first wording by the team, to be reviewed by an IRCAM-trained
-- translator, as in the survivor app.
INSERT INTO emergency_numbers (id, number, kind, label_ar, label_fr, label_zgh, label_en, position)
VALUES
  ('0193b2c0-0000-7000-8000-000000000019', '19', 'police',
   'الشرطة', 'Police', 'ⴰⴱⵓⵍⵉⵙ', 'Police', 0),
  ('0193b2c0-0000-7000-8000-000000000177', '177', 'gendarmerie',
   'الدرك الملكي', 'Gendarmerie royale', 'ⵜⴰⵊⴰⵏⴷⴰⵔⵎⵉⵔⵉⵜ ⵜⴰⴳⵍⴷⴰⵏⵜ', 'Royal Gendarmerie', 1),
  ('0193b2c0-0000-7000-8000-000000000015', '15', 'civil_protection',
   'الوقاية المدنية', 'Protection civile', 'ⵜⴰⴳⴷⵍⵜ ⵜⴰⵖⵔⴼⴰⵏⵜ', 'Civil Protection', 2),
  ('0193b2c0-0000-7000-8000-000000008350', '8350', 'helpline',
   'كلنا معك: استماع ودعم 24/24', 'Kollona Maak : écoute et soutien 24 h/24',
   'ⴽⵓⵍⵍⵓⵏⴰ ⵎⴰⵄⴰⴽ: ⴰⵙⴼⵍⴷ ⴷ ⵜⵉⵡⵉⵙⵉ 24/24', 'Kollona Maak: listening and support, 24/7', 3);
