-- One-hop exposure: the counterparty addresses VASPs report are watched on the chain index; one
-- that received coins straight from a sanctioned address taints the transfers it sent.
CREATE TABLE watched_counterparties (
    address  TEXT PRIMARY KEY,
    added_at TIMESTAMPTZ NOT NULL
);

ALTER TABLE chain_exposures
    DROP CONSTRAINT chain_exposures_direction_check,
    ADD CONSTRAINT chain_exposures_direction_check
        CHECK (direction IN ('FROM_SANCTIONED', 'TO_SANCTIONED', 'ONE_HOP'));
