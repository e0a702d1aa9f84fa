package org.sovereign.supervision.defi.declare;

/**
 * A chain to follow, as submitted: its EIP-155 id, a short name ({@code ethereum}, {@code anvil}),
 * the JSON-RPC URL polled, and how many blocks below the head count as final.
 */
public record ChainRequest(Long chain_id, String name, String rpc_url, Integer confirmations) {}
