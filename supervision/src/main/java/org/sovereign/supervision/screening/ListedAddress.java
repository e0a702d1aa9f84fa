package org.sovereign.supervision.screening;

import java.util.Objects;
import java.util.Optional;

/**
 * A sanctioned digital-currency address as listed: the asset ticker the list gives (XBT, ETH, USDT,
 * ...), the list it came from and, when the list names one, the party it belongs to.
 */
public record ListedAddress(
    String address, String asset, ListSource source, Optional<String> listId) {
  public ListedAddress {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(listId, "listId");
    if (address == null || address.isBlank() || address.strip().contains(" ")) {
      throw new IllegalArgumentException(
          "a listed address must be one word, not '" + address + "'");
    }
    if (asset == null || asset.isBlank()) {
      throw new IllegalArgumentException("listed address " + address + " has no asset");
    }
    address = address.strip();
  }
}
