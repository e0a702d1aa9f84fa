-- Stored surplus forecasts (the planner's input), contract penalties for curtailment shortfalls,
-- and the mining-pool payouts that sites report (reconciled in the energy report).

CREATE TABLE forecast_imports (
    id                 BIGSERIAL PRIMARY KEY,
    sha256             TEXT        NOT NULL UNIQUE,
    resolution_minutes INTEGER     NOT NULL CHECK (resolution_minutes IN (15, 60)),
    rows               INTEGER     NOT NULL,
    first_hour         TIMESTAMPTZ NOT NULL,
    hours              INTEGER     NOT NULL CHECK (hours > 0),
    nodes              TEXT        NOT NULL,
    imported_by        TEXT        NOT NULL,
    imported_at        TIMESTAMPTZ NOT NULL
);

-- One value per node and hour: a later import replaces the hours it covers.
CREATE TABLE surplus_forecast (
    node_id   BIGINT      NOT NULL REFERENCES grid_nodes (id),
    hour      TIMESTAMPTZ NOT NULL,
    kw        BIGINT      NOT NULL CHECK (kw >= 0),
    import_id BIGINT      NOT NULL REFERENCES forecast_imports (id),
    PRIMARY KEY (node_id, hour)
);

-- A site's non-performance charge: paisa per kW it fell short of an instruction it breached.
ALTER TABLE power_sites
    ADD COLUMN penalty_paisa_per_kw BIGINT NOT NULL DEFAULT 0 CHECK (penalty_paisa_per_kw >= 0);
ALTER TABLE curtail_instructions ADD COLUMN penalty_paisa BIGINT;

CREATE TABLE pool_payouts (
    site_id      BIGINT      NOT NULL REFERENCES power_sites (org_id),
    pool         TEXT        NOT NULL,
    period_start DATE        NOT NULL,
    period_end   DATE        NOT NULL,
    sats         BIGINT      NOT NULL CHECK (sats >= 0),
    reference    TEXT,
    reported_by  TEXT        NOT NULL,
    reported_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (site_id, pool, period_start),
    CHECK (period_end > period_start)
);
