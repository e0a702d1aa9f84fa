-- Reporting intake: liability snapshots uploaded by a VASP's reporter (customers' balances per
-- asset at a cut-off time), the Merkle-sum tree built over each, and reserve declarations with
-- BIP-322 proof of control over the Authority's challenge for the period.

CREATE TABLE liability_snapshots (
    id          BIGSERIAL PRIMARY KEY,
    org_id      BIGINT      NOT NULL REFERENCES vasp_register (org_id),
    cutoff      TIMESTAMPTZ NOT NULL,
    assets      TEXT        NOT NULL,
    file_sha256 TEXT        NOT NULL,
    customers   BIGINT      NOT NULL,
    totals      TEXT        NOT NULL,
    root_hash   TEXT,
    root_sums   TEXT,
    leaf_count  BIGINT,
    depth       INTEGER,
    secret      BYTEA       NOT NULL,
    uploaded_by TEXT        NOT NULL,
    uploaded_at TIMESTAMPTZ NOT NULL,
    UNIQUE (org_id, file_sha256)
);

CREATE TABLE snapshot_customers (
    snapshot_id BIGINT   NOT NULL REFERENCES liability_snapshots (id),
    leaf_index  BIGINT   NOT NULL,
    customer_id TEXT     NOT NULL,
    balances    BIGINT[] NOT NULL,
    PRIMARY KEY (snapshot_id, customer_id)
);
CREATE UNIQUE INDEX snapshot_customers_leaf ON snapshot_customers (snapshot_id, leaf_index);

CREATE TABLE solvency_tree_chunks (
    snapshot_id BIGINT  NOT NULL REFERENCES liability_snapshots (id),
    level       INTEGER NOT NULL,
    chunk       BIGINT  NOT NULL,
    nodes       BYTEA   NOT NULL,
    PRIMARY KEY (snapshot_id, level, chunk)
);

CREATE TABLE reserve_challenges (
    org_id     BIGINT      NOT NULL REFERENCES vasp_register (org_id),
    period     TEXT        NOT NULL,
    message    TEXT        NOT NULL,
    issued_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (org_id, period)
);

CREATE TABLE reserve_declarations (
    id          BIGSERIAL PRIMARY KEY,
    org_id      BIGINT      NOT NULL REFERENCES vasp_register (org_id),
    period      TEXT        NOT NULL,
    message     TEXT        NOT NULL,
    declared_by TEXT        NOT NULL,
    declared_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE declared_addresses (
    declaration_id BIGINT NOT NULL REFERENCES reserve_declarations (id),
    address        TEXT   NOT NULL,
    signature      TEXT   NOT NULL,
    PRIMARY KEY (declaration_id, address)
);
