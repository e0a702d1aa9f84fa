package org.sovereign.chain;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared fixtures (../shared/fixtures beside the checkout), read in place. */
public final class Fixtures {
  private Fixtures() {}

  /** The fixture folder {@code relative} under shared/fixtures; skips the test when absent. */
  public static Path shared(String relative) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("shared/fixtures").resolve(relative);
      if (Files.exists(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    assumeTrue(
        false,
        "shared/fixtures/"
            + relative
            + " not found beside the checkout: these tests read Bitcoin's own test data from ../shared/fixtures");
    return null;
  }
}
