package org.sovereign.platform.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.sovereign.platform.config.SovereignConfig;
import org.sovereign.platform.db.Database;

/**
 * One embedded PostgreSQL per test JVM; each caller gets a fresh, empty database in it, so tests
 * are isolated without paying for a server start each.
 */
public final class TestPostgres {
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedPostgres server;

  private TestPostgres() {}

  private static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        Path dir = Files.createTempDirectory("sovereign-test-pg");
        server = Database.startEmbedded(dir, 0);
        Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::stop, "test-postgres-stop"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return server;
  }

  private static synchronized void stop() {
    try {
      if (server != null) {
        server.close();
      }
    } catch (IOException e) {
      // the JVM is exiting
    }
  }

  /** Creates a new empty database and returns a configuration pointing at it. */
  public static SovereignConfig freshDatabase() {
    EmbeddedPostgres pg = server();
    String name = "t" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    return SovereignConfig.defaults()
        .withHttpPort(0)
        .withJdbc("jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/" + name, "postgres", "");
  }
}
