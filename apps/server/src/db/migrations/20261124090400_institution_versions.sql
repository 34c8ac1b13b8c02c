-- Optimistic concurrency for the institution directory: every change by an administrator (the
-- form or a CSV import) bumps the version, and an edit names the version it was made from, so a
-- second administrator's edit can no longer silently overwrite the first one's (409).
-- An institution reporting its own free places does not bump it: the form never writes the free
-- places it read, so such a report cannot be overwritten by a stale form.
ALTER TABLE institutions ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version >= 1);
