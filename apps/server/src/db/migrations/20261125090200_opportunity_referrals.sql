-- A referral to an opportunity's provider is narrower than a referral of her case: the provider
-- learns how to reach her and the opportunity, never her file (her report, her risk, her safety
-- plan). `scope` says which, and her consent to it has its own purpose.
ALTER TABLE referrals
  ADD COLUMN scope text NOT NULL DEFAULT 'case' CHECK (scope IN ('case', 'opportunity'));

-- One live referral of her case per institution; referrals for opportunities are one per
-- enrolment instead (two trainings at one centre are two paths).
DROP INDEX referrals_one_live_per_institution;
CREATE UNIQUE INDEX referrals_one_live_per_institution ON referrals (case_id, institution_id)
  WHERE status NOT IN ('declined', 'completed', 'revoked') AND scope = 'case';
CREATE UNIQUE INDEX enrolments_referral_idx ON enrolments (referral_id)
  WHERE referral_id IS NOT NULL;

ALTER TABLE enrolments
  ADD CONSTRAINT enrolments_status_known CHECK (status IN
    ('proposed', 'interested', 'referred', 'applied', 'enrolled', 'completed', 'dropped'));
ALTER TABLE enrolment_events
  ADD CONSTRAINT enrolment_events_step_known CHECK (step IN
    ('proposed', 'interested', 'referred', 'applied', 'enrolled', 'completed', 'dropped',
     'outcome'));
