-- Numbers for case references (SN-<year>-<number>) given to cases created by intake. One
-- sequence, not reset each year: the year in the reference is informative, the number unique.
-- Demo cases use 900101 and above, far beyond what this sequence reaches.
CREATE SEQUENCE IF NOT EXISTS case_reference_seq START 1;
