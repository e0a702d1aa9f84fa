package org.sovereign.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds {@code shared/fixtures/<relative>} from the working directory upwards. */
final class FixtureFolders {
  private FixtureFolders() {}

  static Path find(String relative) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("shared/fixtures").resolve(relative);
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
      candidate = dir.resolve("../shared/fixtures").resolve(relative).normalize();
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    throw new IllegalArgumentException(
        "shared/fixtures/"
            + relative
            + " not found from "
            + Path.of("").toAbsolutePath()
            + "; pass the folder explicitly");
  }
}
