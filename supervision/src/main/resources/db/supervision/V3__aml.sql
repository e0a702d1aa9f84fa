-- AML/CFT monitoring: transfers VASPs report (with IVMS101 parties), the rule-set versions, the
-- alerts the rules and other monitors raise, and the cases supervisors work them in.

CREATE TABLE transfers (
    id                   BIGSERIAL PRIMARY KEY,
    org_id               BIGINT      NOT NULL REFERENCES vasp_register (org_id),
    transfer_id          TEXT        NOT NULL,
    asset                TEXT        NOT NULL,
    amount               BIGINT      NOT NULL CHECK (amount > 0),
    value_usd_cents      BIGINT      NOT NULL CHECK (value_usd_cents >= 0),
    occurred_at          TIMESTAMPTZ NOT NULL,
    direction            TEXT        NOT NULL CHECK (direction IN ('IN', 'OUT')),
    tx_ref               TEXT,
    counterparty_address TEXT,
    originating_vasp     TEXT,
    beneficiary_vasp     TEXT,
    originator           JSONB,
    beneficiary          JSONB,
    rules_version        TEXT        NOT NULL,
    received_at          TIMESTAMPTZ NOT NULL,
    UNIQUE (org_id, transfer_id)
);
CREATE INDEX transfers_time ON transfers (occurred_at);

CREATE TABLE rule_sets (
    version     TEXT PRIMARY KEY,
    body        TEXT        NOT NULL,
    state       TEXT        NOT NULL CHECK (state IN ('PROPOSED', 'ACTIVE', 'RETIRED', 'REJECTED')),
    proposed_by TEXT        NOT NULL,
    proposed_at TIMESTAMPTZ NOT NULL,
    decided_by  TEXT,
    decided_at  TIMESTAMPTZ
);

CREATE TABLE aml_cases (
    id          BIGSERIAL PRIMARY KEY,
    org_id      BIGINT REFERENCES vasp_register (org_id),
    title       TEXT        NOT NULL,
    state       TEXT        NOT NULL CHECK (state IN ('OPEN', 'ESCALATED', 'CLOSING', 'CLOSED')),
    priority    TEXT        NOT NULL CHECK (priority IN ('HIGH', 'MEDIUM', 'LOW')),
    assignee    TEXT,
    opened_at   TIMESTAMPTZ NOT NULL,
    due_at      TIMESTAMPTZ NOT NULL,
    disposition TEXT CHECK (disposition IS NULL OR disposition IN ('STR_FILED', 'NO_ACTION', 'FALSE_POSITIVE', 'REFERRED')),
    closing_by  TEXT,
    closed_by   TEXT,
    closed_at   TIMESTAMPTZ
);

CREATE TABLE aml_alerts (
    id          BIGSERIAL PRIMARY KEY,
    org_id      BIGINT REFERENCES vasp_register (org_id),
    source      TEXT        NOT NULL,
    typology    TEXT        NOT NULL,
    title       TEXT        NOT NULL,
    score       INTEGER     NOT NULL,
    facts       JSONB       NOT NULL,
    transfer_id BIGINT REFERENCES transfers (id),
    case_id     BIGINT REFERENCES aml_cases (id),
    raised_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX aml_alerts_case ON aml_alerts (case_id);

CREATE TABLE aml_case_events (
    id         BIGSERIAL PRIMARY KEY,
    case_id    BIGINT      NOT NULL REFERENCES aml_cases (id),
    at         TIMESTAMPTZ NOT NULL,
    actor      TEXT        NOT NULL,
    kind       TEXT        NOT NULL,
    text       TEXT,
    file_name  TEXT,
    file_type  TEXT,
    file_bytes BYTEA
);
