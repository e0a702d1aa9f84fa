package org.sovereign.chain.descriptor;

/** Short quotations of descriptor text for error messages. */
final class Fragments {
  private static final int LIMIT = 60;

  private Fragments() {}

  /** {@code text}, or its start and length when long (keeps messages readable). */
  static String shorten(String text) {
    if (text.length() <= LIMIT) {
      return text;
    }
    return text.substring(0, LIMIT - 20) + "... (" + text.length() + " characters)";
  }
}
