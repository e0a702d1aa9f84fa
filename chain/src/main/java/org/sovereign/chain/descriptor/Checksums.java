package org.sovereign.chain.descriptor;

import fr.acinq.bitcoin.Descriptor;

/** The BIP-380 character set and the optional {@code #checksum} suffix. */
final class Checksums {
  /** Every character a descriptor may contain (BIP-380), in the order the checksum uses. */
  private static final String INPUT_CHARSET =
      "0123456789()[],'/*abcdefgh@:$%{}"
          + "IJKLMNOPQRSTUVWXYZ&+-.;<=>?!^_|~"
          + "ijklmnopqrstuvwxyzABCDEFGH`#\"\\ ";

  private static final int LENGTH = 8;

  private Checksums() {}

  /** The descriptor text without its checksum, after checking the character set and checksum. */
  static String verifyAndStrip(String text) {
    int hash = text.indexOf('#');
    String body = hash < 0 ? text : text.substring(0, hash);
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (INPUT_CHARSET.indexOf(c) < 0) {
        throw new DescriptorException(
            "invalid character '" + c + "' at position " + i + " (outside the descriptor set)");
      }
    }
    if (hash < 0) {
      return body;
    }
    String given = text.substring(hash + 1);
    if (given.indexOf('#') >= 0) {
      throw new DescriptorException("more than one '#' in the descriptor at position " + hash);
    }
    if (given.length() != LENGTH) {
      throw new DescriptorException(
          "checksum must be "
              + LENGTH
              + " characters, got "
              + given.length()
              + ": '"
              + given
              + "'");
    }
    String expected = of(body);
    if (!expected.equals(given)) {
      throw new DescriptorException(
          "checksum mismatch: expected " + expected + " but the descriptor says " + given);
    }
    return body;
  }

  /** The 8-character checksum of a descriptor body (which must use the descriptor set only). */
  static String of(String body) {
    String checksum = Descriptor.checksum(body);
    if (checksum == null) {
      throw new DescriptorException("cannot compute a checksum for '" + body + "'");
    }
    return checksum;
  }
}
