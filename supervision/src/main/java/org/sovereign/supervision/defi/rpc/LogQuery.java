package org.sovereign.supervision.defi.rpc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An {@code eth_getLogs} filter: a block range, the emitting contracts, and per topic position the
 * accepted values (an empty list accepts any value).
 */
public record LogQuery(
    long fromBlock, long toBlock, List<String> addresses, List<List<String>> topics) {

  public LogQuery {
    if (fromBlock < 0 || toBlock < fromBlock) {
      throw new IllegalArgumentException("range " + fromBlock + ".." + toBlock + " is empty");
    }
    addresses = List.copyOf(addresses);
    List<List<String>> copy = new ArrayList<>();
    for (List<String> position : topics) {
      copy.add(List.copyOf(position));
    }
    topics = Collections.unmodifiableList(copy);
  }

  /** Every log of {@code addresses} in the range. */
  public static LogQuery of(long from, long to, List<String> addresses) {
    return new LogQuery(from, to, addresses, List.of());
  }

  public long blocks() {
    return toBlock - fromBlock + 1;
  }

  /** Whether a log matches this filter (what a node would return for it). */
  public boolean matches(EvmLog log) {
    if (log.blockNumber() < fromBlock || log.blockNumber() > toBlock) {
      return false;
    }
    if (!addresses.isEmpty() && !addresses.contains(log.address())) {
      return false;
    }
    for (int i = 0; i < topics.size(); i++) {
      List<String> accepted = topics.get(i);
      if (accepted.isEmpty()) {
        continue;
      }
      if (i >= log.topics().size() || !accepted.contains(log.topics().get(i))) {
        return false;
      }
    }
    return true;
  }
}
