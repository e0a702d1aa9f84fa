package org.sovereign.supervision.aml;

import java.util.List;
import java.util.Optional;

/** The sanctioned addresses monitoring checks against (the screening lists, or a test list). */
public interface Watchlist {
  /** The list entry an address is sanctioned under (hex addresses match in any case). */
  Optional<String> entry(String address);

  /** Every listed Bitcoin address (to watch on the chain index). */
  List<String> bitcoinAddresses();

  Watchlist EMPTY =
      new Watchlist() {
        @Override
        public Optional<String> entry(String address) {
          return Optional.empty();
        }

        @Override
        public List<String> bitcoinAddresses() {
          return List.of();
        }
      };
}
