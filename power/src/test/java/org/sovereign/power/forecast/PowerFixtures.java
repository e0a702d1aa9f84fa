package org.sovereign.power.forecast;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real hourly series in shared/fixtures/power (beside the checkout), read in place. */
final class PowerFixtures {
  static final String ERCOT = "ercot_hourly_load_eia_2020-2025.csv";
  static final String SRI_LANKA = "srilanka_hourly_generation_pucsl_2023-2024.csv";

  private PowerFixtures() {}

  /** The fixture file {@code name}; skips the test when it is not there. */
  static Path file(String name) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("shared/fixtures/power").resolve(name);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    assumeTrue(
        false,
        "shared/fixtures/power/"
            + name
            + " not found above "
            + Path.of("").toAbsolutePath()
            + ": calibration tests read the real ERCOT and Sri Lanka series from there");
    return null;
  }
}
