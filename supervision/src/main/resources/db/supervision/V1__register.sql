-- The licensing register: each VASP (a platform organisation of kind VASP), its license category,
-- services and conditions, and every license transition, proposed by one supervisor and approved
-- by another (maker-checker).

CREATE TABLE vasp_register (
    org_id              BIGINT PRIMARY KEY REFERENCES platform.organisations (id),
    legal_name          TEXT        NOT NULL,
    registration_number TEXT        NOT NULL,
    lei                 TEXT CHECK (lei IS NULL OR lei ~ '^[A-Z0-9]{18}[0-9]{2}$'),
    category            TEXT        NOT NULL CHECK (category IN ('EXCHANGE', 'CUSTODIAL_WALLET', 'BROKER', 'DEFI', 'OTHER')),
    services            TEXT        NOT NULL,
    website             TEXT,
    conditions          TEXT,
    status              TEXT        NOT NULL CHECK (status IN ('APPLIED', 'UNDER_REVIEW', 'LICENSED', 'SUSPENDED', 'REVOKED', 'WITHDRAWN', 'REFUSED')),
    applied_on          DATE        NOT NULL,
    licensed_on         DATE,
    status_since        DATE        NOT NULL,
    created_by          TEXT        NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL
);

CREATE TABLE license_transitions (
    id           BIGSERIAL PRIMARY KEY,
    org_id       BIGINT      NOT NULL REFERENCES vasp_register (org_id),
    from_status  TEXT        NOT NULL,
    to_status    TEXT        NOT NULL,
    reason       TEXT        NOT NULL,
    conditions   TEXT,
    effective_on DATE        NOT NULL,
    state        TEXT        NOT NULL CHECK (state IN ('PENDING', 'APPROVED', 'REJECTED')),
    proposed_by  TEXT        NOT NULL,
    proposed_at  TIMESTAMPTZ NOT NULL,
    decided_by   TEXT,
    decided_at   TIMESTAMPTZ,
    decision_note TEXT
);

-- At most one pending transition per VASP: a second proposal waits for the first decision.
CREATE UNIQUE INDEX license_transitions_one_pending ON license_transitions (org_id) WHERE state = 'PENDING';
