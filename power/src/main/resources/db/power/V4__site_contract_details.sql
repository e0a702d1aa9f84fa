-- The rest of a site's contract as the grid operator registers it: how fast it responds to an
-- instruction (response tier), who owns it, and the serial numbers of its meters.
ALTER TABLE power_sites
    ADD COLUMN response_tier TEXT NOT NULL DEFAULT 'STANDARD'
        CHECK (response_tier IN ('FAST', 'STANDARD', 'SLOW')),
    ADD COLUMN owner TEXT,
    ADD COLUMN meters TEXT[] NOT NULL DEFAULT '{}';
