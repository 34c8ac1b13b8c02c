-- The services a competent body asked for when it registered her request: routing proposes
-- for those rather than for needs guessed from the case.
ALTER TABLE cases ADD COLUMN requested_services text[];
