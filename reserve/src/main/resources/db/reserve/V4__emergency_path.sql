-- The optional timelocked emergency path: a vault's policy may let an emergency spend go ahead
-- with fewer approvals, but only after a delay during which any approver can veto it. The
-- destinations stay restricted to reserve vaults and the allow-list.

ALTER TABLE spend_policies
    ADD COLUMN emergency_approvals   INTEGER CHECK (emergency_approvals BETWEEN 1 AND 20),
    ADD COLUMN emergency_delay_hours INTEGER CHECK (emergency_delay_hours BETWEEN 1 AND 8760),
    ADD CONSTRAINT spend_policies_emergency_both
        CHECK ((emergency_approvals IS NULL) = (emergency_delay_hours IS NULL));

ALTER TABLE spend_proposals
    ADD COLUMN emergency  BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN unlocks_at TIMESTAMPTZ,
    ADD COLUMN decided_by TEXT,
    DROP CONSTRAINT spend_proposals_state_check,
    ADD CONSTRAINT spend_proposals_state_check
        CHECK (state IN ('PROPOSED', 'TIMELOCKED', 'APPROVED', 'SIGNING', 'READY', 'BROADCAST', 'REJECTED'));
