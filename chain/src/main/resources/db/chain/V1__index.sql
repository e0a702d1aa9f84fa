-- The chain index: the best chain's blocks as far as indexed, the watched scripts, and every
-- output paying a watched script with its spend. The checkpoint row moves in the same
-- transaction as each block's data, so a crash leaves the index at a block boundary.

CREATE TABLE blocks (
    height     INTEGER PRIMARY KEY,
    hash       BYTEA   NOT NULL UNIQUE,
    prev_hash  BYTEA   NOT NULL,
    time       BIGINT  NOT NULL
);

CREATE TABLE checkpoint (
    id     SMALLINT PRIMARY KEY CHECK (id = 1),
    height INTEGER NOT NULL,
    hash   BYTEA
);
INSERT INTO checkpoint (id, height, hash) VALUES (1, -1, NULL);

CREATE TABLE watched_scripts (
    script     BYTEA PRIMARY KEY,
    label      TEXT    NOT NULL,
    descriptor TEXT,
    idx        INTEGER
);

CREATE TABLE watched_descriptors (
    descriptor   TEXT PRIMARY KEY,
    label        TEXT    NOT NULL,
    gap_limit    INTEGER NOT NULL CHECK (gap_limit > 0),
    derived_upto INTEGER NOT NULL,
    highest_used INTEGER NOT NULL DEFAULT -1
);

CREATE TABLE outputs (
    txid         BYTEA   NOT NULL,
    vout         INTEGER NOT NULL,
    height       INTEGER NOT NULL,
    script       BYTEA   NOT NULL,
    value_sat    BIGINT  NOT NULL CHECK (value_sat >= 0),
    coinbase     BOOLEAN NOT NULL,
    spent_txid   BYTEA,
    spent_vin    INTEGER,
    spent_height INTEGER,
    PRIMARY KEY (txid, vout)
);
CREATE INDEX outputs_script ON outputs (script);
CREATE INDEX outputs_height ON outputs (height);
CREATE INDEX outputs_spent_height ON outputs (spent_height);
