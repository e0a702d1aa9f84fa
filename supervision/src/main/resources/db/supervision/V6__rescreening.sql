-- Re-screening: the list version every stored party was last screened against, and the hits
-- already alerted (so a party is alerted once per list entry).
CREATE TABLE screening_state (
    id          SMALLINT PRIMARY KEY CHECK (id = 1),
    version     TEXT        NOT NULL,
    screened_at TIMESTAMPTZ NOT NULL,
    parties     BIGINT      NOT NULL,
    hits        BIGINT      NOT NULL
);

CREATE TABLE screening_hits (
    party_key  TEXT        NOT NULL,
    list_entry TEXT        NOT NULL,
    org_id     BIGINT REFERENCES vasp_register (org_id),
    found_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (party_key, list_entry)
);
