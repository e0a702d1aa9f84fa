-- On-chain DeFi monitoring: the chains followed and the platforms declared on them (contracts,
-- admins), and what following derives from the logs (events, flows, balances, value locked, oracle
-- prices, alert keys). Derived rows carry their block number: a reorganisation deletes those above
-- the fork point in the same transaction that moves the checkpoint back.

CREATE TABLE defi_chains (
    chain_id         BIGINT PRIMARY KEY CHECK (chain_id > 0),
    name             TEXT        NOT NULL,
    rpc_url          TEXT        NOT NULL,
    confirmations    INTEGER     NOT NULL CHECK (confirmations BETWEEN 0 AND 1000),
    -- the last block processed for every platform in step (null: not started)
    checkpoint_block BIGINT,
    checkpoint_hash  TEXT,
    checkpoint_time  TIMESTAMPTZ,
    declared_by      TEXT        NOT NULL,
    declared_at      TIMESTAMPTZ NOT NULL
);

CREATE TABLE defi_platforms (
    org_id         BIGINT      NOT NULL REFERENCES vasp_register (org_id),
    chain_id       BIGINT      NOT NULL REFERENCES defi_chains (chain_id),
    version        INTEGER     NOT NULL CHECK (version > 0),
    start_block    BIGINT      NOT NULL CHECK (start_block >= 0),
    baseline_block BIGINT      NOT NULL,
    -- the last block processed for this platform (start_block - 1 before the first)
    synced_block   BIGINT      NOT NULL,
    synced_time    TIMESTAMPTZ,
    declared_by    TEXT        NOT NULL,
    declared_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (org_id, chain_id),
    CHECK (baseline_block >= start_block),
    CHECK (synced_block >= start_block - 1)
);

CREATE TABLE defi_contracts (
    org_id       BIGINT  NOT NULL,
    chain_id     BIGINT  NOT NULL,
    position     INTEGER NOT NULL,
    address      TEXT    NOT NULL CHECK (address ~ '^0x[0-9a-f]{40}$'),
    kind         TEXT    NOT NULL CHECK (kind IN ('TOKEN', 'POOL', 'PROXY', 'ORACLE', 'TREASURY')),
    label        TEXT    NOT NULL,
    symbol       TEXT,
    decimals     INTEGER CHECK (decimals BETWEEN 0 AND 36),
    scope        TEXT CHECK (scope IN ('ALL', 'FLOWS')),
    token0       TEXT,
    token1       TEXT,
    quote_token  TEXT,
    priced_token TEXT,
    tokens       TEXT,
    PRIMARY KEY (org_id, chain_id, address),
    FOREIGN KEY (org_id, chain_id) REFERENCES defi_platforms (org_id, chain_id) ON DELETE CASCADE
);

CREATE TABLE defi_admins (
    org_id   BIGINT NOT NULL,
    chain_id BIGINT NOT NULL,
    address  TEXT   NOT NULL CHECK (address ~ '^0x[0-9a-f]{40}$'),
    label    TEXT,
    PRIMARY KEY (org_id, chain_id, address),
    FOREIGN KEY (org_id, chain_id) REFERENCES defi_platforms (org_id, chain_id) ON DELETE CASCADE
);

-- Hashes of processed blocks (those with logs, each range's last, and every block near the head):
-- a checkpoint whose hash the node no longer has is walked back through these to the fork point.
CREATE TABLE defi_blocks (
    chain_id     BIGINT      NOT NULL,
    block_number BIGINT      NOT NULL,
    block_hash   TEXT        NOT NULL,
    block_time   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (chain_id, block_number)
);

-- Decoded events kept for the console (plain transfers between outsiders and Sync are not kept).
CREATE TABLE defi_events (
    chain_id     BIGINT      NOT NULL,
    org_id       BIGINT      NOT NULL,
    block_number BIGINT      NOT NULL,
    log_index    INTEGER     NOT NULL,
    tx_hash      TEXT        NOT NULL,
    block_time   TIMESTAMPTZ NOT NULL,
    contract     TEXT        NOT NULL,
    kind         TEXT        NOT NULL,
    summary      TEXT        NOT NULL,
    detail       JSONB,
    PRIMARY KEY (chain_id, org_id, block_number, log_index)
);
CREATE INDEX defi_events_recent ON defi_events (org_id, block_number DESC, log_index DESC);
CREATE INDEX defi_events_governance ON defi_events (chain_id, org_id, kind)
    WHERE detail IS NOT NULL;

-- Per transaction, what left and entered a pool or treasury, valued in its quote asset's units.
CREATE TABLE defi_flows (
    chain_id     BIGINT         NOT NULL,
    org_id       BIGINT         NOT NULL,
    holder       TEXT           NOT NULL,
    block_number BIGINT         NOT NULL,
    tx_hash      TEXT           NOT NULL,
    block_time   TIMESTAMPTZ    NOT NULL,
    outflow      NUMERIC(78, 0) NOT NULL,
    inflow       NUMERIC(78, 0) NOT NULL,
    PRIMARY KEY (chain_id, org_id, holder, block_number, tx_hash)
);
CREATE INDEX defi_flows_time ON defi_flows (chain_id, org_id, block_time);

-- Token balances of pools (their reserves, from Sync) and treasuries, at the end of each block
-- where they changed.
CREATE TABLE defi_balances (
    chain_id     BIGINT         NOT NULL,
    org_id       BIGINT         NOT NULL,
    holder       TEXT           NOT NULL,
    token        TEXT           NOT NULL,
    block_number BIGINT         NOT NULL,
    block_time   TIMESTAMPTZ    NOT NULL,
    balance      NUMERIC(78, 0) NOT NULL,
    PRIMARY KEY (chain_id, org_id, holder, token, block_number)
);

-- Value locked of each pool and treasury in its quote asset's smallest units, per block where it
-- changed.
CREATE TABLE defi_value_locked (
    chain_id     BIGINT         NOT NULL,
    org_id       BIGINT         NOT NULL,
    contract     TEXT           NOT NULL,
    block_number BIGINT         NOT NULL,
    block_time   TIMESTAMPTZ    NOT NULL,
    value        NUMERIC(78, 0) NOT NULL,
    PRIMARY KEY (chain_id, org_id, contract, block_number)
);
CREATE INDEX defi_value_locked_time ON defi_value_locked (chain_id, org_id, block_time);

-- Oracle answers, the last of each block.
CREATE TABLE defi_oracle_prices (
    chain_id     BIGINT         NOT NULL,
    org_id       BIGINT         NOT NULL,
    oracle       TEXT           NOT NULL,
    block_number BIGINT         NOT NULL,
    block_time   TIMESTAMPTZ    NOT NULL,
    answer       NUMERIC(78, 0) NOT NULL,
    round_id     NUMERIC(78, 0) NOT NULL,
    PRIMARY KEY (chain_id, org_id, oracle, block_number)
);

-- One row per alert raised: the key makes re-processing a log never raise it twice. Rows survive
-- a reorganisation (the case stays open), marked orphaned.
CREATE TABLE defi_alerts (
    chain_id     BIGINT      NOT NULL,
    org_id       BIGINT      NOT NULL,
    tx_hash      TEXT        NOT NULL,
    log_index    INTEGER     NOT NULL,
    rule_id      TEXT        NOT NULL,
    contract     TEXT        NOT NULL,
    block_number BIGINT      NOT NULL,
    block_time   TIMESTAMPTZ NOT NULL,
    title        TEXT        NOT NULL,
    score        INTEGER     NOT NULL,
    case_id      BIGINT REFERENCES aml_cases (id),
    orphaned     BOOLEAN     NOT NULL DEFAULT false,
    raised_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (chain_id, org_id, tx_hash, log_index, rule_id)
);
CREATE INDEX defi_alerts_recent ON defi_alerts (org_id, block_number DESC);
