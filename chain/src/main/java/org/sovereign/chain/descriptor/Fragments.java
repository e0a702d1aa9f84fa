package org.sovereign.chain.descriptor;

/** Short quotations of descriptor text for error messages. */
final class Fragments {
  private static final int LIMIT = 24;
  private static final int SHOWN = 16;

  private Fragments() {}

  /**
   * {@code text}, or only its start and length when long: keeps messages readable and keeps most of
   * a mistyped private key out of logs.
   */
  static String shorten(String text) {
    if (text.length() <= LIMIT) {
      return text;
    }
    return text.substring(0, SHOWN) + "... (" + text.length() + " characters)";
  }
}
