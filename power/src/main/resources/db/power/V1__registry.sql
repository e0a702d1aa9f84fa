-- The power pillar: grid nodes, registered sites (each a platform organisation of kind
-- POWER_SITE, so site-operator tokens are scoped to it), their meter readings, curtailment
-- requests and the signed instructions sent to sites, with each instruction's compliance.

CREATE TABLE grid_nodes (
    id             BIGSERIAL PRIMARY KEY,
    code           TEXT   NOT NULL UNIQUE,
    name           TEXT   NOT NULL,
    import_limit_kw BIGINT NOT NULL CHECK (import_limit_kw > 0)
);

CREATE TABLE power_sites (
    org_id                 BIGINT PRIMARY KEY REFERENCES platform.organisations (id),
    node_id                BIGINT  NOT NULL REFERENCES grid_nodes (id),
    kind                   TEXT    NOT NULL CHECK (kind IN ('MINING', 'AI', 'MIXED')),
    contract_class         TEXT    NOT NULL CHECK (contract_class IN ('FIRM', 'INTERRUPTIBLE')),
    contracted_kw          BIGINT  NOT NULL CHECK (contracted_kw > 0),
    minimum_kw             BIGINT  NOT NULL DEFAULT 0 CHECK (minimum_kw >= 0),
    ramp_kw_per_min        BIGINT  NOT NULL CHECK (ramp_kw_per_min > 0),
    efficiency_j_per_th    NUMERIC,
    pue                    NUMERIC,
    value_cents_per_mwh    BIGINT  NOT NULL CHECK (value_cents_per_mwh >= 0),
    tariff_paisa_per_kwh   BIGINT  NOT NULL CHECK (tariff_paisa_per_kwh >= 0),
    max_curtail_hours_day  INTEGER NOT NULL CHECK (max_curtail_hours_day BETWEEN 0 AND 24),
    max_curtail_kwh_week   BIGINT  NOT NULL CHECK (max_curtail_kwh_week >= 0),
    state_owned            BOOLEAN NOT NULL DEFAULT false,
    endpoint               TEXT,
    created_at             TIMESTAMPTZ NOT NULL
);

CREATE TABLE meter_readings (
    site_id   BIGINT      NOT NULL REFERENCES power_sites (org_id),
    at        TIMESTAMPTZ NOT NULL,
    kw        BIGINT      NOT NULL CHECK (kw >= 0),
    estimated BOOLEAN     NOT NULL DEFAULT false,
    PRIMARY KEY (site_id, at)
);

CREATE TABLE curtailments (
    id           TEXT PRIMARY KEY,
    node_id      BIGINT REFERENCES grid_nodes (id),
    kw           BIGINT      NOT NULL CHECK (kw > 0),
    within_s     INTEGER     NOT NULL CHECK (within_s > 0),
    deadline     TIMESTAMPTZ NOT NULL,
    shortfall_kw BIGINT      NOT NULL,
    requested_by TEXT        NOT NULL,
    requested_at TIMESTAMPTZ NOT NULL,
    decided_ns   BIGINT      NOT NULL
);

CREATE TABLE curtail_instructions (
    id             TEXT PRIMARY KEY,
    curtailment_id TEXT        NOT NULL REFERENCES curtailments (id),
    site_id        BIGINT      NOT NULL REFERENCES power_sites (org_id),
    kw             BIGINT      NOT NULL CHECK (kw > 0),
    deadline       TIMESTAMPTZ NOT NULL,
    payload        TEXT        NOT NULL,
    signature      TEXT        NOT NULL,
    state          TEXT        NOT NULL CHECK (state IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts       INTEGER     NOT NULL DEFAULT 0,
    delivered_at   TIMESTAMPTZ,
    baseline_kw    BIGINT,
    delivered_kw   BIGINT,
    compliant      BOOLEAN,
    checked_at     TIMESTAMPTZ
);

-- The platform's Ed25519 key for signing instructions (its public half is published).
CREATE TABLE power_signing_key (
    id          SMALLINT PRIMARY KEY CHECK (id = 1),
    private_key BYTEA NOT NULL,
    public_key  BYTEA NOT NULL
);
