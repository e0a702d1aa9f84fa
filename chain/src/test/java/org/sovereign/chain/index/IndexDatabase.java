package org.sovereign.chain.index;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/** One embedded PostgreSQL per test JVM; a fresh database with the chain schema per call. */
final class IndexDatabase {
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedPostgres server;

  private IndexDatabase() {}

  static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server =
            EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      server.close();
                    } catch (IOException e) {
                      // exiting
                    }
                  }));
    }
    return server;
  }

  /** JDBC URL of a new database whose {@code chain} schema is migrated. */
  static String freshUrl() {
    String name = "idx" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    try (Connection c = server().getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    String url =
        "jdbc:postgresql://127.0.0.1:"
            + server().getPort()
            + "/"
            + name
            + "?user=postgres&currentSchema=chain";
    Flyway.configure()
        .dataSource(url, "postgres", "")
        .schemas("chain")
        .defaultSchema("chain")
        .locations("classpath:db/chain")
        .load()
        .migrate();
    return url;
  }

  static DataSource dataSource(String url) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(url);
    return ds;
  }
}
