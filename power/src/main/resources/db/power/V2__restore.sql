-- Restoring load after a curtailment, in stages: each stage is an instruction of kind RESTORE that
-- lets the site take back part of what it shed from a given time.
ALTER TABLE curtail_instructions
    ADD COLUMN kind TEXT NOT NULL DEFAULT 'SHED' CHECK (kind IN ('SHED', 'RESTORE'));
