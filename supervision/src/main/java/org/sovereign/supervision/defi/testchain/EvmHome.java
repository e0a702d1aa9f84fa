package org.sovereign.supervision.defi.testchain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The repository's {@code evm/} directory: the npm-installed anvil binary and contract artifacts
 * ({@code node_modules/}) and the locally compiled mocks ({@code build/}), set up by {@code
 * bin/evm-setup}.
 */
public record EvmHome(Path dir) {
  public EvmHome {
    dir = dir.toAbsolutePath().normalize();
  }

  /** The {@code evm/} directory in {@code start} or the nearest parent that has one. */
  public static Optional<EvmHome> find(Path start) {
    for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("evm/package.json"))) {
        return Optional.of(new EvmHome(p.resolve("evm")));
      }
    }
    return Optional.empty();
  }

  /** Like {@link #find} but refuses with the path it expected. */
  public static EvmHome require(Path start) {
    return find(start)
        .orElseThrow(
            () ->
                new TestChainException(
                    "no evm/package.json in "
                        + start.toAbsolutePath().normalize()
                        + " or its parents: run from the repository or pass its root"));
  }

  public Path nodeModules() {
    return dir.resolve("node_modules");
  }

  public Path build() {
    return dir.resolve("build");
  }

  /** Where npm puts anvil for this operating system and CPU. */
  public Path anvil() {
    return nodeModules().resolve("@foundry-rs/anvil-" + platform() + "/bin/" + anvilFileName());
  }

  private static String platform() {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
    String cpu = arch.equals("aarch64") || arch.equals("arm64") ? "arm64" : "amd64";
    if (os.startsWith("windows")) {
      return "win32-" + cpu;
    }
    return (os.startsWith("mac") ? "darwin-" : "linux-") + cpu;
  }

  private static String anvilFileName() {
    return System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows")
        ? "anvil.exe"
        : "anvil";
  }
}
