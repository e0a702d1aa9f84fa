-- Reserve vaults: an output descriptor of the custodians' keys plus who holds which key, and the
-- receive addresses issued from it, in order.

CREATE TABLE vaults (
    id                 BIGSERIAL PRIMARY KEY,
    name               TEXT        NOT NULL,
    purpose            TEXT        NOT NULL,
    descriptor         TEXT        NOT NULL,
    receive_descriptor TEXT        NOT NULL UNIQUE,
    change_descriptor  TEXT        NOT NULL UNIQUE,
    network            TEXT        NOT NULL,
    quorum             INTEGER     NOT NULL CHECK (quorum >= 1),
    key_count          INTEGER     NOT NULL CHECK (key_count >= quorum),
    gap_limit          INTEGER     NOT NULL CHECK (gap_limit BETWEEN 1 AND 10000),
    created_by         TEXT        NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX vaults_name_unique ON vaults (lower(name));

CREATE TABLE vault_custodians (
    vault_id     BIGINT  NOT NULL REFERENCES vaults (id),
    position     INTEGER NOT NULL,
    name         TEXT    NOT NULL,
    fingerprint  TEXT    NOT NULL CHECK (fingerprint ~ '^[0-9a-f]{8}$'),
    key_location TEXT    NOT NULL,
    PRIMARY KEY (vault_id, position),
    UNIQUE (vault_id, fingerprint)
);

CREATE TABLE vault_addresses (
    vault_id  BIGINT      NOT NULL REFERENCES vaults (id),
    idx       INTEGER     NOT NULL CHECK (idx >= 0),
    address   TEXT        NOT NULL,
    label     TEXT,
    issued_by TEXT        NOT NULL,
    issued_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (vault_id, idx)
);
