-- One log can raise the same rule for two contracts (a swap draining a pool also revalues the
-- treasury holding its token): the alert key names the contract too.
ALTER TABLE defi_alerts DROP CONSTRAINT defi_alerts_pkey;
ALTER TABLE defi_alerts ADD PRIMARY KEY (chain_id, org_id, tx_hash, log_index, rule_id, contract);
