-- The cost-recovery tariff of each month (the regulator's cost of supplying a kWh): the energy
-- report sets the revenue the sites paid against the cost of the power they took, and flags every
-- site charged below it (a subsidy, which the IMF asks to see).
CREATE TABLE power_cost_recovery (
    month          DATE        PRIMARY KEY CHECK (extract(day FROM month) = 1),
    paisa_per_kwh  BIGINT      NOT NULL CHECK (paisa_per_kwh > 0),
    basis          TEXT        NOT NULL,
    set_by         TEXT        NOT NULL,
    set_at         TIMESTAMPTZ NOT NULL
);
