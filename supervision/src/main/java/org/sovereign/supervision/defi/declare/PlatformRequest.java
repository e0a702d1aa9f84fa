package org.sovereign.supervision.defi.declare;

import java.util.List;

/**
 * A DeFi platform's declaration on one chain, as submitted: where following starts, the baseline
 * block (the deployment state; default: the start), its contracts and its admin accounts.
 */
public record PlatformRequest(
    Long chain_id,
    Long start_block,
    Long baseline_block,
    List<ContractRequest> contracts,
    List<AdminRequest> admins) {}
