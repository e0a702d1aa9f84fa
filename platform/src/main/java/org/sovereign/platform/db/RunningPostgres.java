package org.sovereign.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/**
 * Finds an embedded PostgreSQL that another Sovereign process (a running server) already started on
 * a data directory, from its {@code postmaster.pid}, so CLI commands share it instead of failing on
 * the directory lock.
 */
final class RunningPostgres {
  private RunningPostgres() {}

  static OptionalInt port(Path dataDirectory) {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return OptionalInt.empty();
    }
    try {
      List<String> lines = Files.readAllLines(pidFile);
      if (lines.size() < 4) {
        return OptionalInt.empty();
      }
      long pid = Long.parseLong(lines.get(0).strip());
      boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
      return alive ? OptionalInt.of(Integer.parseInt(lines.get(3).strip())) : OptionalInt.empty();
    } catch (IOException | NumberFormatException e) {
      return OptionalInt.empty();
    }
  }
}
