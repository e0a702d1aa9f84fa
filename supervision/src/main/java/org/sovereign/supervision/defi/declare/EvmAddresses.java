package org.sovereign.supervision.defi.declare;

import java.util.Locale;
import java.util.regex.Pattern;
import org.sovereign.platform.errors.DomainException;
import org.web3j.crypto.Keys;

/** Parses 20-byte hex addresses into the lower-case form the monitor stores and compares. */
public final class EvmAddresses {
  private static final Pattern HEX_ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");

  private EvmAddresses() {}

  /**
   * The address in lower case. Mixed case must carry a valid EIP-55 checksum (a typo in a
   * checksummed address is caught); all-lower and all-upper hex are accepted as they are.
   */
  public static String parse(String text, String field) {
    String value = text == null ? "" : text.strip();
    if (!HEX_ADDRESS.matcher(value).matches()) {
      throw DomainException.invalidField(field, "not a 20-byte hex address (0x and 40 hex digits)");
    }
    String digits = value.substring(2);
    boolean mixed =
        !digits.equals(digits.toLowerCase(Locale.ROOT))
            && !digits.equals(digits.toUpperCase(Locale.ROOT));
    if (mixed && !Keys.toChecksumAddress(value).equals(value)) {
      throw DomainException.invalidField(field, "the EIP-55 checksum (letter case) does not match");
    }
    return "0x" + digits.toLowerCase(Locale.ROOT);
  }
}
