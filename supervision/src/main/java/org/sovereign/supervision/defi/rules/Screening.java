package org.sovereign.supervision.defi.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.sovereign.supervision.aml.Watchlist;

/** The watchlist with each address's answer remembered (one follower pass asks many times). */
public final class Screening {
  private static final String ZERO = "0x" + "0".repeat(40);

  private final Watchlist watchlist;
  private final Map<String, Optional<String>> answers = new HashMap<>();

  public Screening(Watchlist watchlist) {
    this.watchlist = watchlist;
  }

  /** The list entry {@code address} is sanctioned under, or null. */
  String entry(String address) {
    if (ZERO.equals(address)) {
      return null;
    }
    return answers.computeIfAbsent(address, watchlist::entry).orElse(null);
  }
}
