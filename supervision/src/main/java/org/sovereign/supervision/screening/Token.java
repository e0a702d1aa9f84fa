package org.sovereign.supervision.screening;

/**
 * One token of a normalised name: {@code raw} as written (plain: no case, no accents), {@code key}
 * its canonical spelling after folding and the variant table, and its kind.
 */
record Token(String raw, String key, Kind kind, boolean fromTable) {
  enum Kind {
    /** An ordinary name token. */
    NAME,
    /** An honorific, connector or legal form: small weight, never enough alone. */
    WEAK,
    /** A single letter standing for a given name ("M." for Muhammad). */
    INITIAL
  }
}
