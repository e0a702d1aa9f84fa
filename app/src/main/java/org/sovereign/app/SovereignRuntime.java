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
import org.sovereign.base.Network;
import org.sovereign.chain.index.ChainIndexer;
import org.sovereign.chain.regtest.RegtestSource;
import org.sovereign.chain.source.ChainSource;
import org.sovereign.platform.config.SovereignConfig;
import org.sovereign.platform.db.Database;
import org.sovereign.platform.db.ModuleSchema;
import org.sovereign.platform.module.PillarModule;
import org.sovereign.platform.module.PlatformServices;
import org.sovereign.platform.web.WebServer;
import org.sovereign.reserve.vault.Vaults;

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
  private final List<AutoCloseable> closeables = new java.util.ArrayList<>();

  private final ChainAccess chainAccess;
  private org.sovereign.supervision.aml.Watchlist watchlist =
      org.sovereign.supervision.aml.Watchlist.EMPTY;

  private SovereignRuntime(
      Database database,
      PlatformServices services,
      List<PillarModule> pillars,
      ChainAccess chainAccess) {
    this.database = database;
    this.services = services;
    this.pillars = pillars;
    this.chainAccess = chainAccess;
  }

  public static SovereignRuntime open(SovereignConfig config) {
    return open(config, org.sovereign.supervision.aml.Watchlist.EMPTY);
  }

  /** The runtime with supervision screening against {@code watchlist}. */
  public static SovereignRuntime open(
      SovereignConfig config, org.sovereign.supervision.aml.Watchlist watchlist) {
    ChainAccess chain = new ChainAccess();
    SovereignRuntime runtime =
        open(config, Pillars.all(chain, watchlist), Clock.systemUTC(), chain);
    runtime.watchlist = watchlist;
    return runtime;
  }

  public static SovereignRuntime open(
      SovereignConfig config, List<PillarModule> pillars, Clock clock) {
    return open(config, pillars, clock, new ChainAccess());
  }

  public static SovereignRuntime open(
      SovereignConfig config, List<PillarModule> pillars, Clock clock, ChainAccess chain) {
    PrometheusMeterRegistry metrics = PlatformServices.newMetrics();
    List<ModuleSchema> schemas = new ArrayList<>();
    schemas.add(ModuleSchema.of("platform"));
    schemas.add(ModuleSchema.of("chain"));
    pillars.forEach(p -> schemas.add(p.schema()));
    Database database = Database.start(config, metrics, schemas);
    return new SovereignRuntime(
        database, PlatformServices.create(config, database, clock, metrics), pillars, chain);
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
    if (settings.source().equals(ChainSettings.DEMO)) {
      demoNetwork = new DemoNetwork().start(Duration.ofSeconds(30));
      byte[] exchange = demoNetwork.exchange().script();
      return startChain(
          new RegtestSource(demoNetwork.chain()),
          settings.network(),
          settings.description(),
          settings.poll(),
          indexer -> indexer.watchScript(exchange, "demo exchange hot wallet"));
    }
    return startChain(
        settings.open(), settings.network(), settings.description(), settings.poll(), i -> {});
  }

  /** Follows {@code source}: the index is synced once now, then every {@code poll}. */
  public ChainFollower startChain(
      ChainSource source, Network network, String description, Duration poll) {
    return startChain(source, network, description, poll, i -> {});
  }

  private ChainFollower startChain(
      ChainSource source,
      Network network,
      String description,
      Duration poll,
      java.util.function.Consumer<ChainIndexer> beforeFirstSync) {
    ChainIndexer indexer =
        new ChainIndexer(database.dataSource(), source, new DescriptorScripts(network));
    beforeFirstSync.accept(indexer);
    follower = new ChainFollower(source, indexer, description, poll);
    follower.afterSync(() -> pillars.forEach(PillarModule::onChainSynced));
    chainAccess.set(indexer, source, network);
    follower.syncOnce();
    follower.start();
    services.status().register(follower::facts);
    return follower;
  }

  /**
   * The reserve's vault service over this runtime's database and chain (for seeding and the CLI).
   */
  public Vaults vaults() {
    return new Vaults(
        services.tx(),
        services.audit(),
        services.clock(),
        chainAccess.network(),
        chainAccess::watch);
  }

  public ChainFollower chainFollower() {
    return follower;
  }

  /** Closes {@code resource} with the runtime (after the pillars stop, before the database). */
  public void closeWith(AutoCloseable resource) {
    closeables.add(resource);
  }

  public DemoNetwork demoNetwork() {
    return demoNetwork;
  }

  /** Tells seeding which watchlist the pillars were built with (tests build pillars themselves). */
  public void useWatchlist(org.sovereign.supervision.aml.Watchlist lists) {
    this.watchlist = lists;
  }

  /** The sanctions watchlist supervision screens against (empty until lists are configured). */
  public org.sovereign.supervision.aml.Watchlist watchlist() {
    return watchlist;
  }

  /** The chain index and source the pillars read, once a chain is started. */
  public ChainAccess chain() {
    return chainAccess;
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
    pillars.forEach(PillarModule::stop);
    for (AutoCloseable c : closeables.reversed()) {
      try {
        c.close();
      } catch (Exception e) {
        org.slf4j.LoggerFactory.getLogger(SovereignRuntime.class)
            .warn("closing {} failed: {}", c, e.getMessage());
      }
    }
    closeables.clear();
    database.close();
  }
}
