package org.sovereign.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sovereign.platform.config.SovereignConfig;

/**
 * The platform's PostgreSQL: either an embedded server started from Maven-shipped binaries, with
 * its data under the data directory, or an external server reached through a JDBC URL.
 */
public final class Database implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Database.class);

  private final EmbeddedPostgres embedded;
  private final HikariDataSource pool;
  private final Jdbi jdbi;
  private final String description;

  private Database(EmbeddedPostgres embedded, HikariDataSource pool, String description) {
    this.embedded = embedded;
    this.pool = pool;
    this.jdbi = Jdbi.create(pool);
    this.description = description;
  }

  /**
   * Starts (or connects to) the database and migrates every schema in {@code schemas}, in order.
   * Connections search the schemas in that order, so each module's SQL names its tables plainly.
   */
  public static Database start(
      SovereignConfig config, MeterRegistry metrics, List<ModuleSchema> schemas) {
    Database database = connect(config, metrics, searchPath(schemas));
    try {
      Migrations.migrate(database.pool, schemas);
      return database;
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  private static String searchPath(List<ModuleSchema> schemas) {
    StringBuilder path = new StringBuilder();
    for (ModuleSchema schema : schemas) {
      path.append(schema.schema()).append(", ");
    }
    return path.append("public").toString();
  }

  private static Database connect(
      SovereignConfig config, MeterRegistry metrics, String searchPath) {
    if (config.jdbcUrl().isPresent()) {
      String url = config.jdbcUrl().get();
      return new Database(
          null,
          pool(
              url,
              config.jdbcUser(),
              config.jdbcPassword(),
              config.poolSize(),
              metrics,
              searchPath),
          url);
    }
    Path pgData = config.dataDirectory().resolve("postgres");
    java.util.OptionalInt running = RunningPostgres.port(pgData);
    if (running.isPresent()) {
      String url = "jdbc:postgresql://127.0.0.1:" + running.getAsInt() + "/postgres";
      LOG.info("using the embedded PostgreSQL already running on port {}", running.getAsInt());
      return new Database(
          null, pool(url, "postgres", "", config.poolSize(), metrics, searchPath), url);
    }
    EmbeddedPostgres embedded = startEmbedded(pgData, config.embeddedDbPort());
    String url = embedded.getJdbcUrl("postgres", "postgres");
    LOG.info("embedded PostgreSQL on 127.0.0.1:{} with data in {}", embedded.getPort(), pgData);
    return new Database(
        embedded,
        pool(url, "postgres", "", config.poolSize(), metrics, searchPath),
        "embedded " + pgData);
  }

  /** Starts (or restarts, keeping its data) an embedded PostgreSQL in {@code directory}. */
  public static EmbeddedPostgres startEmbedded(Path directory, int port) {
    try {
      Files.createDirectories(directory);
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(directory)
              .setCleanDataDirectory(false)
              .setServerConfig("listen_addresses", "127.0.0.1")
              .setServerConfig("max_connections", "300")
              .setServerConfig("fsync", "on");
      if (port > 0) {
        builder.setPort(port);
      }
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot start the embedded PostgreSQL in " + directory + ": " + e.getMessage(), e);
    }
  }

  static HikariDataSource pool(
      String url,
      String user,
      String password,
      int size,
      MeterRegistry metrics,
      String searchPath) {
    HikariConfig hikari = new HikariConfig();
    hikari.setConnectionInitSql("SET search_path TO " + searchPath);
    hikari.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(metrics));
    hikari.setJdbcUrl(url);
    hikari.setUsername(user);
    hikari.setPassword(password);
    hikari.setMaximumPoolSize(size);
    hikari.setPoolName("sovereign");
    hikari.setConnectionTimeout(10_000);
    return new HikariDataSource(hikari);
  }

  public DataSource dataSource() {
    return pool;
  }

  public HikariDataSource pool() {
    return pool;
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  public String description() {
    return description;
  }

  /** True when a trivial query answers within a second. */
  public boolean isReady() {
    try (var connection = pool.getConnection()) {
      return connection.isValid(1);
    } catch (Exception e) {
      return false;
    }
  }

  @Override
  public void close() {
    pool.close();
    if (embedded != null) {
      try {
        embedded.close();
      } catch (IOException e) {
        LOG.warn("embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
      }
    }
  }
}
