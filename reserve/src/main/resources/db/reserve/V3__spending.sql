-- Spending governance: proposals checked by a policy engine before any PSBT exists, approvals
-- by distinct approvers, the PSBT the platform builds and the signed PSBTs custodians upload.

CREATE TABLE spend_policies (
    vault_id      BIGINT PRIMARY KEY REFERENCES vaults (id),
    period_days   INTEGER NOT NULL DEFAULT 30 CHECK (period_days BETWEEN 1 AND 3660),
    limit_sat     BIGINT  CHECK (limit_sat IS NULL OR limit_sat > 0),
    min_approvals INTEGER NOT NULL DEFAULT 2 CHECK (min_approvals BETWEEN 1 AND 20)
);

CREATE TABLE allowed_destinations (
    address  TEXT PRIMARY KEY,
    label    TEXT        NOT NULL,
    added_by TEXT        NOT NULL,
    added_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE spend_proposals (
    id            BIGSERIAL PRIMARY KEY,
    vault_id      BIGINT      NOT NULL REFERENCES vaults (id),
    purpose       TEXT        NOT NULL,
    authority_ref TEXT        NOT NULL,
    fee_rate      INTEGER     NOT NULL CHECK (fee_rate BETWEEN 1 AND 1000),
    state         TEXT        NOT NULL CHECK (state IN ('PROPOSED', 'APPROVED', 'SIGNING', 'READY', 'BROADCAST', 'REJECTED')),
    proposed_by   TEXT        NOT NULL,
    proposed_at   TIMESTAMPTZ NOT NULL,
    psbt          BYTEA,
    signed_psbt   BYTEA,
    fee_sat       BIGINT,
    change_index  INTEGER,
    txid          TEXT,
    signed_by     TEXT,
    decided_note  TEXT
);

CREATE TABLE spend_outputs (
    proposal_id BIGINT  NOT NULL REFERENCES spend_proposals (id),
    n           INTEGER NOT NULL,
    address     TEXT    NOT NULL,
    amount_sat  BIGINT  NOT NULL CHECK (amount_sat > 0),
    PRIMARY KEY (proposal_id, n)
);

CREATE TABLE spend_approvals (
    proposal_id BIGINT      NOT NULL REFERENCES spend_proposals (id),
    approver    TEXT        NOT NULL,
    approved_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (proposal_id, approver)
);

CREATE TABLE spend_inputs (
    proposal_id BIGINT  NOT NULL REFERENCES spend_proposals (id),
    txid        TEXT    NOT NULL,
    vout        INTEGER NOT NULL,
    PRIMARY KEY (proposal_id, txid, vout)
);

-- Proofs of reserves (BIP-127): an attestation at a height, its proof PSBT spending every reserve
-- coin plus an unspendable commitment to the challenge message, signed by each vault's quorum.
CREATE TABLE attestations (
    id           BIGSERIAL PRIMARY KEY,
    message      TEXT        NOT NULL,
    height       INTEGER     NOT NULL,
    block_hash   TEXT        NOT NULL,
    total_sat    BIGINT      NOT NULL,
    utxos        TEXT        NOT NULL,
    psbt         BYTEA       NOT NULL,
    signed_psbt  BYTEA       NOT NULL,
    state        TEXT        NOT NULL CHECK (state IN ('SIGNING', 'COMPLETE', 'PUBLISHED')),
    created_by   TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    published_at TIMESTAMPTZ
);
