-- Platform foundation: console users, organisations with their machine clients, sessions,
-- and the hash-chained audit log every state change is written to.

CREATE TABLE users (
    id                   BIGSERIAL PRIMARY KEY,
    username             TEXT        NOT NULL,
    display_name         TEXT        NOT NULL,
    password_hash        TEXT        NOT NULL,
    roles                TEXT[]      NOT NULL,
    must_change_password BOOLEAN     NOT NULL DEFAULT TRUE,
    failed_logins        INTEGER     NOT NULL DEFAULT 0,
    locked_until         TIMESTAMPTZ,
    disabled             BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at           TIMESTAMPTZ NOT NULL,
    last_login_at        TIMESTAMPTZ,
    CONSTRAINT users_username_format CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,62}$')
);
CREATE UNIQUE INDEX users_username_unique ON users (username);

CREATE TABLE organisations (
    id            BIGSERIAL PRIMARY KEY,
    kind          TEXT        NOT NULL CHECK (kind IN ('VASP', 'POWER_SITE')),
    name          TEXT        NOT NULL,
    contact_name  TEXT,
    contact_email TEXT,
    contact_phone TEXT,
    created_at    TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX organisations_kind_name_unique ON organisations (kind, lower(name));

CREATE TABLE api_tokens (
    id           BIGSERIAL PRIMARY KEY,
    client_kind  TEXT        NOT NULL CHECK (client_kind IN ('VASP_REPORTER', 'SITE_OPERATOR', 'MONITORING')),
    org_id       BIGINT REFERENCES organisations (id),
    name         TEXT        NOT NULL,
    token_hash   BYTEA       NOT NULL UNIQUE,
    token_prefix TEXT        NOT NULL,
    created_by   TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    revoked_at   TIMESTAMPTZ,
    last_used_at TIMESTAMPTZ,
    CONSTRAINT api_tokens_scope CHECK ((client_kind = 'MONITORING') = (org_id IS NULL))
);

CREATE TABLE sessions (
    id_hash      BYTEA PRIMARY KEY,
    user_id      BIGINT      NOT NULL REFERENCES users (id),
    csrf_token   TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    last_seen_at TIMESTAMPTZ NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE audit_log (
    seq         BIGINT PRIMARY KEY,
    at          TIMESTAMPTZ NOT NULL,
    actor       TEXT        NOT NULL,
    action      TEXT        NOT NULL,
    object      TEXT        NOT NULL,
    detail      TEXT        NOT NULL,
    digest      BYTEA       NOT NULL,
    prev_hash   BYTEA       NOT NULL,
    hash        BYTEA       NOT NULL
);

-- One row: the newest entry. Appenders lock it, which orders the chain without gaps.
CREATE TABLE audit_head (
    id   SMALLINT PRIMARY KEY CHECK (id = 1),
    seq  BIGINT NOT NULL,
    hash BYTEA  NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, decode(repeat('00', 32), 'hex'));
