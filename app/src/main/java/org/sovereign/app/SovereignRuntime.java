package org.sovereign.app;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.sovereign.platform.config.SovereignConfig;
import org.sovereign.platform.db.Database;
import org.sovereign.platform.db.ModuleSchema;
import org.sovereign.platform.module.PillarModule;
import org.sovereign.platform.module.PlatformServices;
import org.sovereign.platform.web.WebServer;

/**
 * Wires the application: database (migrated), platform services, and on demand the web server with
 * every pillar. Closing it stops the server first, then the database.
 */
public final class SovereignRuntime implements AutoCloseable {
  private final Database database;
  private final PlatformServices services;
  private final List<PillarModule> pillars;
  private WebServer server;

  private SovereignRuntime(
      Database database, PlatformServices services, List<PillarModule> pillars) {
    this.database = database;
    this.services = services;
    this.pillars = pillars;
  }

  public static SovereignRuntime open(SovereignConfig config) {
    return open(config, Pillars.all(), Clock.systemUTC());
  }

  public static SovereignRuntime open(
      SovereignConfig config, List<PillarModule> pillars, Clock clock) {
    PrometheusMeterRegistry metrics = PlatformServices.newMetrics();
    List<ModuleSchema> schemas = new ArrayList<>();
    schemas.add(ModuleSchema.of("platform"));
    pillars.forEach(p -> schemas.add(p.schema()));
    Database database = Database.start(config, metrics, schemas);
    return new SovereignRuntime(
        database, PlatformServices.create(config, database, clock, metrics), pillars);
  }

  public WebServer startServer() {
    if (server == null) {
      server = WebServer.start(services, pillars);
    }
    return server;
  }

  public PlatformServices services() {
    return services;
  }

  public Database database() {
    return database;
  }

  @Override
  public void close() {
    if (server != null) {
      server.close();
      server = null;
    }
    database.close();
  }
}
