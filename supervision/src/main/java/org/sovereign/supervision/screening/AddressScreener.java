package org.sovereign.supervision.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Looks an address up among the listed digital-currency addresses: exact, except where the format
 * ignores case — hex addresses ({@code 0x...}, so an Ethereum address matches checksummed or in
 * lower case) and bech32 ({@code bc1...}, all upper or all lower case). One hash lookup; immutable
 * and thread-safe.
 */
public final class AddressScreener {
  private static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

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

  /** The form two spellings of one address share (allocates only to lower an upper case). */
  static String key(String address) {
    if (isHex(address) || isBech32InOneCase(address)) {
      return lower(address);
    }
    return address;
  }

  private static boolean isHex(String s) {
    if (s.length() < 3 || s.charAt(0) != '0' || (s.charAt(1) != 'x' && s.charAt(1) != 'X')) {
      return false;
    }
    for (int i = 2; i < s.length(); i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Bech32 (BIP-173): letters, '1', then at least six data characters, all in one case. */
  private static boolean isBech32InOneCase(String s) {
    int separator = s.lastIndexOf('1');
    if (separator < 1 || s.length() - separator - 1 < 6) {
      return false;
    }
    boolean upper = false;
    boolean lower = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      upper |= c >= 'A' && c <= 'Z';
      lower |= c >= 'a' && c <= 'z';
      char l = Character.toLowerCase(c);
      boolean ok = i < separator ? l >= 'a' && l <= 'z' : i == separator || BECH32.indexOf(l) >= 0;
      if (!ok) {
        return false;
      }
    }
    return !(upper && lower);
  }

  private static String lower(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isUpperCase(s.charAt(i))) {
        return s.toLowerCase(Locale.ROOT);
      }
    }
    return s;
  }
}
