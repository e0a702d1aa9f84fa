package org.sovereign.supervision.aml;

import java.util.List;
import java.util.Optional;

/** What monitoring screens against: the sanctions lists (or a test list), by address and name. */
public interface Watchlist {
  /** The list entry an address is sanctioned under (hex addresses match in any case). */
  Optional<String> entry(String address);

  /** Every listed Bitcoin address (to watch on the chain index). */
  List<String> bitcoinAddresses();

  /**
   * Every listed EVM address (lower-case {@code 0x} hex), for asking a node for transfers between a
   * watched platform and a listed address in any token.
   */
  default List<String> evmAddresses() {
    return List.of();
  }

  /**
   * The best list match for a party's name (with date of birth YYYY-MM-DD and country when known),
   * as "list id: matched name (score; why)", or empty.
   */
  default Optional<String> listedParty(String name, String dateOfBirth, String country) {
    return Optional.empty();
  }

  /** The lists' content fingerprint: a change means every stored party is screened again. */
  default String version() {
    return "none";
  }

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
