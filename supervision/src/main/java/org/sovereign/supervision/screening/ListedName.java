package org.sovereign.supervision.screening;

import java.util.Objects;

/** One name of a listed party exactly as the list writes it, and how much the list trusts it. */
public record ListedName(String text, Quality quality) {
  public ListedName {
    Objects.requireNonNull(quality, "quality");
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a listed name must not be blank");
    }
    text = text.strip();
  }

  /** How a list qualifies a name. */
  public enum Quality {
    /** The name the party is listed under. */
    PRIMARY,
    /** A good-quality alias (OFAC alt.csv; UN "Good", "a.k.a.", "f.k.a."). */
    STRONG_ALIAS,
    /** A low-quality alias (OFAC "a.k.a. '...'" in remarks; UN "Low"): too broad alone. */
    WEAK_ALIAS,
    /** The name in its original script (UN NAME_ORIGINAL_SCRIPT). */
    ORIGINAL_SCRIPT
  }
}
