package org.sovereign.power.registry;

import java.util.Locale;

/**
 * How soon after an instruction a site's contract has it start giving power back: {@code FAST}
 * (frequency response, within 2 s: miners switched off through their pool or controller API),
 * {@code STANDARD} (within 30 s) or {@code SLOW} (within 5 minutes). Dispatch counts a site only
 * for what it can shed after its delay and before the deadline.
 */
public enum ResponseTier {
  FAST(2),
  STANDARD(30),
  SLOW(300);

  private final int delaySeconds;

  ResponseTier(int delaySeconds) {
    this.delaySeconds = delaySeconds;
  }

  public int delaySeconds() {
    return delaySeconds;
  }

  /** The tier named {@code text} (any case), or an error listing the tiers. */
  public static ResponseTier parse(String text) {
    for (ResponseTier t : values()) {
      if (t.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "unknown response tier '" + text + "' (fast, standard, slow)");
  }

  public String slug() {
    return name().toLowerCase(Locale.ROOT);
  }
}
