package org.sovereign.supervision.defi.declare;

/** A followed chain: id, name, JSON-RPC URL and confirmation depth (blocks below the head). */
public record ChainConfig(long chainId, String name, String rpcUrl, int confirmations) {}
