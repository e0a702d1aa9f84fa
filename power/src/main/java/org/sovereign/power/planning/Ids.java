package org.sovereign.power.planning;

import java.util.regex.Pattern;

/** Identifiers of sites and nodes: short, and safe as parts of MPS row and column names. */
final class Ids {
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,31}");

  private Ids() {}

  static void check(String what, String id) {
    if (id == null || !VALID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          what + " id '" + id + "' must be 1..32 letters, digits, '_', '.' or '-'");
    }
  }
}
