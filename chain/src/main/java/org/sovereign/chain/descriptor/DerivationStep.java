package org.sovereign.chain.descriptor;

/** One BIP-32 derivation index as written in descriptors: {@code 5}, {@code 5h} or {@code 5'}. */
final class DerivationStep {
  static final int HARDENED = 0x80000000;

  private DerivationStep() {}

  /** Parses one step; the hardened bit is set for a trailing {@code h} or {@code '}. */
  static int parse(String text, String where) {
    boolean hardened = text.endsWith("h") || text.endsWith("'");
    String digits = hardened ? text.substring(0, text.length() - 1) : text;
    if (digits.isEmpty()) {
      throw new DescriptorException("empty derivation step in " + where);
    }
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
        throw new DescriptorException(
            "derivation step '"
                + text
                + "' in "
                + where
                + " is not a number with an optional h or ' (hardened) marker");
      }
    }
    if (digits.length() > 10 || Long.parseLong(digits) >= (1L << 31)) {
      throw new DescriptorException(
          "derivation step '" + text + "' in " + where + " is out of range (must be below 2^31)");
    }
    int index = Integer.parseInt(digits);
    return hardened ? index | HARDENED : index;
  }

  static boolean isHardened(int step) {
    return (step & HARDENED) != 0;
  }

  /** The step as canonical text, with {@code h} for hardened steps. */
  static String format(int step) {
    return isHardened(step) ? (step & ~HARDENED) + "h" : Integer.toString(step);
  }

  /** The step as the unsigned long bitcoin-kmp expects. */
  static long unsigned(int step) {
    return step & 0xffffffffL;
  }
}
