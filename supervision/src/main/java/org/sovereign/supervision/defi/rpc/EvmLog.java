package org.sovereign.supervision.defi.rpc;

import java.util.List;

/**
 * A log as the node returns it: the emitting contract, its topics and data (lower-case {@code 0x}
 * hex) and where it sits in the chain.
 */
public record EvmLog(
    String address,
    List<String> topics,
    String data,
    long blockNumber,
    String blockHash,
    String txHash,
    int logIndex) {

  public EvmLog {
    topics = List.copyOf(topics);
  }

  /** The first topic (the event signature hash), or empty for an anonymous log. */
  public String topic0() {
    return topics.isEmpty() ? "" : topics.get(0);
  }
}
