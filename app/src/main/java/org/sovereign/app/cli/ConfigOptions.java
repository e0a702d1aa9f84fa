package org.sovereign.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.sovereign.platform.config.ConfigSource;
import org.sovereign.platform.config.SovereignConfig;
import picocli.CommandLine.Option;

/** Options every command that touches the database shares; they win over file and environment. */
public final class ConfigOptions {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Properties file (default: ./sovereign.properties when it exists).")
  Path configFile;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Where the embedded PostgreSQL keeps its data (default: ./data).")
  Path dataDir;

  @Option(names = "--db-url", paramLabel = "JDBC_URL", description = "Use an external PostgreSQL.")
  String dbUrl;

  @Option(names = "--db-user", paramLabel = "USER", description = "User for --db-url.")
  String dbUser;

  @Option(
      names = "--db-password",
      paramLabel = "PASSWORD",
      description = "Password for --db-url (or SOVEREIGN_DB_PASSWORD).")
  String dbPassword;

  /** The raw configuration (file and environment), for settings beyond the platform's. */
  public ConfigSource source() {
    Optional<Path> file = Optional.ofNullable(configFile);
    if (file.isEmpty() && Files.isRegularFile(Path.of("sovereign.properties"))) {
      file = Optional.of(Path.of("sovereign.properties"));
    }
    return ConfigSource.load(file, System.getenv());
  }

  public SovereignConfig load() {
    SovereignConfig config = SovereignConfig.from(source());
    if (dataDir != null) {
      config = config.withDataDirectory(dataDir);
    }
    if (dbUrl != null) {
      config =
          config.withJdbc(
              dbUrl,
              dbUser == null ? config.jdbcUser() : dbUser,
              dbPassword == null ? config.jdbcPassword() : dbPassword);
    }
    return config;
  }
}
