package org.sovereign.supervision.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Looks an address up among the listed digital-currency addresses: exact, except where the format
 * ignores case — hex addresses ({@code 0x...}, so an Ethereum address matches checksummed or in
 * lower case) and bech32 ({@code bc1...}, all upper or all lower case). One hash lookup; immutable
 * and thread-safe.
 */
public final class AddressScreener {
  private static final Pattern HEX = Pattern.compile("0[xX][0-9a-fA-F]+");
  private static final Pattern BECH32 =
      Pattern.compile("[a-z]{1,20}1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{6,}");

  private final Map<String, List<ListedAddress>> byKey;

  private AddressScreener(Map<String, List<ListedAddress>> byKey) {
    this.byKey = byKey;
  }

  public static AddressScreener of(SanctionsLists lists) {
    Map<String, List<ListedAddress>> byKey = new HashMap<>();
    for (ListedAddress listed : lists.addresses()) {
      byKey.computeIfAbsent(key(listed.address()), k -> new ArrayList<>()).add(listed);
    }
    Map<String, List<ListedAddress>> frozen = new HashMap<>(byKey.size() * 2);
    byKey.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new AddressScreener(frozen);
  }

  /** Every listing of this address (one per list and asset), or none. */
  public List<ListedAddress> screen(String address) {
    if (address == null || address.isBlank()) {
      throw new IllegalArgumentException("the address to screen is blank");
    }
    return byKey.getOrDefault(key(address.strip()), List.of());
  }

  public int size() {
    return byKey.size();
  }

  /** The form two spellings of one address share. */
  static String key(String address) {
    if (HEX.matcher(address).matches()) {
      return address.toLowerCase(Locale.ROOT);
    }
    String lower = address.toLowerCase(Locale.ROOT);
    boolean oneCase = address.equals(lower) || address.equals(address.toUpperCase(Locale.ROOT));
    return oneCase && BECH32.matcher(lower).matches() ? lower : address;
  }
}
