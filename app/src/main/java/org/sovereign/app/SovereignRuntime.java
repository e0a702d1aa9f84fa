package org.sovereign.app;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.sovereign.app.chain.ChainFollower;
import org.sovereign.app.chain.ChainSettings;
import org.sovereign.app.chain.DemoNetwork;
import org.sovereign.app.chain.DescriptorScripts;
import org.sovereign.chain.index.ChainIndexer;
import org.sovereign.chain.regtest.RegtestSource;
import org.sovereign.chain.source.ChainSource;
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
  private ChainFollower follower;
  private DemoNetwork demoNetwork;

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
    schemas.add(ModuleSchema.of("chain"));
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

  /** Starts following the configured chain (the simulator for the demo); no-op for "none". */
  public ChainFollower startChain(ChainSettings settings) {
    if (!settings.enabled() || follower != null) {
      return follower;
    }
    ChainSource source;
    ChainIndexer indexer;
    if (settings.source().equals(ChainSettings.DEMO)) {
      demoNetwork = new DemoNetwork().start(Duration.ofSeconds(30));
      source = new RegtestSource(demoNetwork.chain());
      indexer =
          new ChainIndexer(
              database.dataSource(), source, new DescriptorScripts(settings.network()));
      indexer.watchScript(demoNetwork.exchange().script(), "demo exchange hot wallet");
    } else {
      source = settings.open();
      indexer =
          new ChainIndexer(
              database.dataSource(), source, new DescriptorScripts(settings.network()));
    }
    follower = new ChainFollower(source, indexer, settings.description(), settings.poll());
    follower.syncOnce();
    follower.start();
    services.status().register(follower::facts);
    return follower;
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
    if (follower != null) {
      follower.close();
      follower = null;
    }
    if (demoNetwork != null) {
      demoNetwork.close();
      demoNetwork = null;
    }
    database.close();
  }
}
