package org.sovereign.supervision.defi.sim;

import java.util.List;

/** A log before it is mined: the emitting contract, its topics and its data. */
public record LogSpec(String address, List<String> topics, String data) {
  public LogSpec {
    topics = List.copyOf(topics);
  }
}
