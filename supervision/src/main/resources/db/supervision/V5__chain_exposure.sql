-- On-chain exposure: transactions that moved coins between a VASP's declared addresses and a
-- sanctioned address, each alerted once.
CREATE TABLE chain_exposures (
    txid      TEXT        NOT NULL,
    org_id    BIGINT      NOT NULL REFERENCES vasp_register (org_id),
    direction TEXT        NOT NULL CHECK (direction IN ('FROM_SANCTIONED', 'TO_SANCTIONED')),
    seen_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (txid, org_id, direction)
);
