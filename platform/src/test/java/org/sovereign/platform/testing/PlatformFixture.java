package org.sovereign.platform.testing;

import java.time.Clock;
import java.util.List;
import org.sovereign.platform.config.SovereignConfig;
import org.sovereign.platform.db.Database;
import org.sovereign.platform.db.ModuleSchema;
import org.sovereign.platform.module.PlatformServices;

/** Platform services over a fresh, migrated test database. */
public final class PlatformFixture implements AutoCloseable {
  private final Database database;
  private final PlatformServices services;

  private PlatformFixture(Database database, PlatformServices services) {
    this.database = database;
    this.services = services;
  }

  public static PlatformFixture start(Clock clock) {
    SovereignConfig config = TestPostgres.freshDatabase();
    var metrics = PlatformServices.newMetrics();
    Database database = Database.start(config, metrics, List.of(ModuleSchema.of("platform")));
    return new PlatformFixture(database, PlatformServices.create(config, database, clock, metrics));
  }

  public PlatformServices services() {
    return services;
  }

  public Database database() {
    return database;
  }

  @Override
  public void close() {
    database.close();
  }
}
