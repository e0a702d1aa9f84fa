package org.sovereign.supervision.screening;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real sanctions lists in shared/fixtures/sanctions (8.5 MB, read in place), loaded once. */
final class ListFixtures {
  private static SanctionsLists all;

  private ListFixtures() {}

  /** {@code shared/fixtures/sanctions/<relative>}; skips the test when the fixtures are absent. */
  static Path folder(String relative) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("shared/fixtures/sanctions").resolve(relative);
      if (Files.exists(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    assumeTrue(
        false,
        "shared/fixtures/sanctions/"
            + relative
            + " not found beside the checkout: these tests read the real OFAC and UN lists there");
    return null;
  }

  /** Every list in the fixtures (SDN 2021-07, non-SDN 2025-12, UN, the address lists). */
  static synchronized SanctionsLists all() {
    if (all == null) {
      all = SanctionsLists.load(folder(""));
    }
    return all;
  }
}
