-- The acquisitions ledger: every output received by a vault is a lot, classified by its source
-- with maker-checker, with a cost basis in USD and PKR; and the price series used to value them.

CREATE TABLE lots (
    id              BIGSERIAL PRIMARY KEY,
    vault_id        BIGINT      NOT NULL REFERENCES vaults (id),
    txid            BYTEA       NOT NULL,
    vout            INTEGER     NOT NULL,
    value_sat       BIGINT      NOT NULL CHECK (value_sat > 0),
    height          INTEGER     NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL,
    classification  TEXT        NOT NULL DEFAULT 'UNCLASSIFIED'
        CHECK (classification IN ('UNCLASSIFIED', 'PURCHASE', 'SEIZURE', 'MINING', 'TRANSFER')),
    details         TEXT,
    cost_usd_minor  BIGINT,
    cost_pkr_minor  BIGINT,
    classified_by   TEXT,
    approved_by     TEXT,
    classified_at   TIMESTAMPTZ,
    UNIQUE (txid, vout)
);
CREATE INDEX lots_vault ON lots (vault_id);

CREATE TABLE lot_proposals (
    id             BIGSERIAL PRIMARY KEY,
    lot_id         BIGINT      NOT NULL REFERENCES lots (id),
    classification TEXT        NOT NULL CHECK (classification IN ('PURCHASE', 'SEIZURE', 'MINING', 'TRANSFER')),
    details        TEXT        NOT NULL,
    cost_usd_minor BIGINT,
    cost_pkr_minor BIGINT,
    proposed_by    TEXT        NOT NULL,
    proposed_at    TIMESTAMPTZ NOT NULL,
    state          TEXT        NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'APPROVED', 'REJECTED')),
    decided_by     TEXT,
    decided_at     TIMESTAMPTZ,
    reason         TEXT
);
CREATE UNIQUE INDEX lot_proposals_one_pending ON lot_proposals (lot_id) WHERE state = 'PENDING';

CREATE TABLE prices (
    day    DATE           NOT NULL,
    pair   TEXT           NOT NULL CHECK (pair IN ('BTCUSD', 'USDPKR')),
    price  NUMERIC(24, 8) NOT NULL CHECK (price > 0),
    source TEXT           NOT NULL,
    PRIMARY KEY (day, pair)
);
