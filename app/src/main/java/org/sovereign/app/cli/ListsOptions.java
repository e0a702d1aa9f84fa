package org.sovereign.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.sovereign.platform.config.ConfigSource;
import org.sovereign.supervision.screening.ListVersion;
import org.sovereign.supervision.screening.SanctionsLists;
import picocli.CommandLine.Option;

/** Where the sanctions lists are: {@code --lists DIR}, else the key {@code screening.lists.dir}. */
public final class ListsOptions {
  static final String KEY = "screening.lists.dir";

  @Option(
      names = "--lists",
      paramLabel = "DIR",
      description =
          "Folder of sanctions list files (default: configuration key screening.lists.dir).")
  Path lists;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Properties file (default: ./sovereign.properties when it exists).")
  Path configFile;

  /** The folder to read, or an error saying how to name one. */
  Path folder() {
    if (lists != null) {
      return lists;
    }
    Optional<Path> file = Optional.ofNullable(configFile);
    if (file.isEmpty() && Files.isRegularFile(Path.of("sovereign.properties"))) {
      file = Optional.of(Path.of("sovereign.properties"));
    }
    return ConfigSource.load(file, System.getenv())
        .get(KEY)
        .map(Path::of)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no sanctions lists: pass --lists DIR or set "
                        + KEY
                        + " (or "
                        + ConfigSource.environmentName(KEY)
                        + ")"));
  }

  /** Loads the lists and says on {@code err} what was loaded. */
  SanctionsLists load(PrintWriter err) {
    long start = System.nanoTime();
    SanctionsLists loaded = SanctionsLists.load(folder());
    ListVersion version = loaded.version();
    err.println(
        CliText.get(
            "screen.lists",
            version.counts().toString(),
            version.fingerprint().substring(0, 16),
            String.format("%.1f", (System.nanoTime() - start) / 1e9)));
    loaded.skipped().forEach(s -> err.println(CliText.get("screen.skipped", s)));
    err.flush();
    return loaded;
  }
}
