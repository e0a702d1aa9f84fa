package org.sovereign.supervision.defi;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.sovereign.base.OrgId;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.config.SovereignConfig;
import org.sovereign.platform.db.Database;
import org.sovereign.platform.db.ModuleSchema;
import org.sovereign.platform.module.PlatformServices;
import org.sovereign.platform.testing.TestPostgres;
import org.sovereign.supervision.aml.Watchlist;
import org.sovereign.supervision.aml.cases.Cases;
import org.sovereign.supervision.defi.declare.ChainRequest;
import org.sovereign.supervision.defi.declare.DefiPlatforms;
import org.sovereign.supervision.defi.rpc.EvmRpc;
import org.sovereign.supervision.defi.rules.DefiRulesFile;
import org.sovereign.supervision.register.Application;
import org.sovereign.supervision.register.Register;

/**
 * A fresh database with the platform and supervision schemas, a DeFi VASP on the register, the
 * declarations service, and a monitor following an in-memory chain.
 */
final class DefiFixture implements AutoCloseable {
  static final String LISTED = "0x7f367cc41522ce07553e823bf3be79a889debe1b";

  final Database database;
  final PlatformServices services;
  final Register register;
  final Cases cases;
  final DefiPlatforms platforms;
  final DefiReads reads;
  final EvmRpc chain;
  private final FollowerOptions options;
  private DefiMonitor monitor;

  DefiFixture(EvmRpc chain, FollowerOptions options) {
    SovereignConfig config = TestPostgres.freshDatabase();
    var metrics = PlatformServices.newMetrics();
    this.database =
        Database.start(
            config, metrics, List.of(ModuleSchema.of("platform"), ModuleSchema.of("supervision")));
    this.services = PlatformServices.create(config, database, Clock.systemUTC(), metrics);
    this.register =
        new Register(services.tx(), services.audit(), services.clock(), services.organisations());
    this.cases = new Cases(services.tx(), services.audit(), services.clock());
    this.platforms = new DefiPlatforms(services.tx(), services.audit(), services.clock(), register);
    this.reads = new DefiReads(services.tx());
    this.chain = chain;
    this.options = options;
    this.monitor = newMonitor();
  }

  static Watchlist watchlist() {
    return new Watchlist() {
      @Override
      public Optional<String> entry(String address) {
        return LISTED.equalsIgnoreCase(address) ? Optional.of("TEST-SDN:42") : Optional.empty();
      }

      @Override
      public List<String> bitcoinAddresses() {
        return List.of();
      }
    };
  }

  /** A monitor as a restarted process would build it: nothing in memory carried over. */
  DefiMonitor newMonitor() {
    if (monitor != null) {
      monitor.close();
    }
    monitor =
        new DefiMonitor(
            services.tx(),
            services.audit(),
            services.clock(),
            cases,
            watchlist(),
            platforms,
            DefiRulesFile.defaults(),
            c -> new Shared(chain),
            options);
    return monitor;
  }

  DefiMonitor monitor() {
    return monitor;
  }

  OrgId defiVasp(String name) {
    return register
        .apply(
            Actor.SYSTEM,
            new Application(
                name,
                "R-" + name.hashCode(),
                null,
                "defi",
                List.of("AMM"),
                null,
                null,
                null,
                null,
                null))
        .orgId();
  }

  OrgId exchange(String name) {
    return register
        .apply(
            Actor.SYSTEM,
            new Application(
                name,
                "X-" + name.hashCode(),
                null,
                "exchange",
                List.of("Spot"),
                null,
                null,
                null,
                null,
                null))
        .orgId();
  }

  void declareChain(int confirmations) {
    platforms.declareChain(
        Actor.SYSTEM,
        new ChainRequest(chain.chainId(), "anvil", "http://127.0.0.1:8545", confirmations));
  }

  long chainId() {
    return chain.chainId();
  }

  long count(String sql) {
    return services.tx().read(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  PollResult poll() {
    return monitor.pollOnce(chain.chainId());
  }

  @Override
  public void close() {
    monitor.close();
    database.close();
  }

  /** The fixture's node for each new monitor: closing a monitor leaves it open. */
  private record Shared(EvmRpc rpc) implements EvmRpc {
    @Override
    public long chainId() {
      return rpc.chainId();
    }

    @Override
    public long headNumber() {
      return rpc.headNumber();
    }

    @Override
    public org.sovereign.supervision.defi.rpc.BlockHeader header(long number) {
      return rpc.header(number);
    }

    @Override
    public List<org.sovereign.supervision.defi.rpc.BlockHeader> headers(List<Long> numbers) {
      return rpc.headers(numbers);
    }

    @Override
    public List<org.sovereign.supervision.defi.rpc.EvmLog> logs(
        org.sovereign.supervision.defi.rpc.LogQuery query) {
      return rpc.logs(query);
    }

    @Override
    public java.util.Map<String, org.sovereign.supervision.defi.rpc.TxParties> transactions(
        java.util.Collection<String> hashes) {
      return rpc.transactions(hashes);
    }

    @Override
    public String call(String to, String data, long block) {
      return rpc.call(to, data, block);
    }
  }
}
