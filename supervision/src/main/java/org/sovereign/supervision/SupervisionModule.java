package org.sovereign.supervision;

import io.javalin.http.HandlerType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.sovereign.base.Network;
import org.sovereign.chain.index.ChainWatch;
import org.sovereign.platform.module.PillarModule;
import org.sovereign.platform.module.PlatformServices;
import org.sovereign.platform.web.NavItem;
import org.sovereign.platform.web.Pages;
import org.sovereign.platform.web.WebRoutes;
import org.sovereign.supervision.aml.AmlLookups;
import org.sovereign.supervision.aml.ChainExposure;
import org.sovereign.supervision.aml.Rescreening;
import org.sovereign.supervision.aml.TransferMonitor;
import org.sovereign.supervision.aml.Watchlist;
import org.sovereign.supervision.aml.cases.Cases;
import org.sovereign.supervision.aml.cases.GoAmlReports;
import org.sovereign.supervision.aml.rules.RuleSets;
import org.sovereign.supervision.assessment.Alerts;
import org.sovereign.supervision.assessment.Assessments;
import org.sovereign.supervision.defi.DefiMonitor;
import org.sovereign.supervision.defi.DefiReads;
import org.sovereign.supervision.defi.declare.DefiPlatforms;
import org.sovereign.supervision.defi.rules.DefiRulesFile;
import org.sovereign.supervision.register.Register;
import org.sovereign.supervision.reporting.SnapshotProofs;
import org.sovereign.supervision.reporting.Snapshots;
import org.sovereign.supervision.reserves.ChainReserves;
import org.sovereign.supervision.reserves.Declarations;
import org.sovereign.supervision.web.AmlRoutes;
import org.sovereign.supervision.web.CaseRoutes;
import org.sovereign.supervision.web.PublicSolvencyRoutes;
import org.sovereign.supervision.web.RegisterRoutes;
import org.sovereign.supervision.web.ReportingRoutes;
import org.sovereign.supervision.web.ScreeningRoutes;
import org.sovereign.supervision.web.SolvencyRoutes;

/**
 * The supervision pillar as the platform sees it: its schema, its console section and its routes.
 */
public final class SupervisionModule implements PillarModule {
  private static final java.time.Duration DEFI_POLL = java.time.Duration.ofSeconds(2);
  private final Supplier<Network> network;
  private final Supplier<Optional<ChainWatch>> chain;
  private Declarations declarations;
  private TransferMonitor monitor;
  private final Watchlist watchlist;
  private ChainExposure exposure;
  private Defi defi;
  private Thread startupScreening;

  /**
   * The DeFi monitor's services: declarations, the monitor (polling in the background once routes
   * are registered) and the console's reads.
   */
  public record Defi(DefiPlatforms platforms, DefiMonitor monitor, DefiReads reads) {}

  public SupervisionModule(Supplier<Network> network, Supplier<Optional<ChainWatch>> chain) {
    this(network, chain, Watchlist.EMPTY);
  }

  /** Supervision screening addresses against {@code watchlist}. */
  public SupervisionModule(
      Supplier<Network> network, Supplier<Optional<ChainWatch>> chain, Watchlist watchlist) {
    this.network = network;
    this.chain = chain;
    this.watchlist = watchlist;
  }

  /** Supervision with no chain followed (reserves show once a chain is). */
  public SupervisionModule() {
    this(() -> Network.MAIN, Optional::empty);
  }

  /** After each sync: watch the lists' addresses (cheap when watched) and look for exposures. */
  @Override
  public void onChainSynced() {
    if (exposure != null) {
      exposure.watchCounterparties();
      if (exposure.watchSanctioned() > 0) {
        exposure.scan();
      }
    }
  }

  /** The DeFi monitor's services, once routes are registered (null before). */
  public Defi defi() {
    return defi;
  }

  @Override
  public void stop() {
    if (defi != null) {
      defi.monitor().close();
    }
    if (startupScreening != null) {
      try {
        startupScreening.join(java.time.Duration.ofSeconds(30));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public String id() {
    return "supervision";
  }

  @Override
  public List<NavItem> nav() {
    return List.of(
        new NavItem("supervision", "nav.supervision", "/supervision", RegisterRoutes.READERS));
  }

  @Override
  public void registerRoutes(WebRoutes routes, Pages pages, PlatformServices services) {
    Register register =
        new Register(services.tx(), services.audit(), services.clock(), services.organisations());
    new RegisterRoutes(register, pages).register(routes);
    Snapshots snapshots = new Snapshots(services.tx(), services.audit(), services.clock());
    SnapshotProofs proofs = new SnapshotProofs(services.tx());
    ReportingRoutes reporting = new ReportingRoutes(snapshots, proofs, register, pages);
    reporting.register(routes);
    declarations =
        new Declarations(services.tx(), services.audit(), services.clock(), network, chain);
    declarations.watchAll();
    Assessments assessments =
        new Assessments(snapshots, declarations, new ChainReserves(chain), network);
    Alerts alerts = new Alerts(register, assessments, services.clock());
    new SolvencyRoutes(declarations, assessments, alerts, register, reporting, proofs, pages)
        .register(routes);
    new PublicSolvencyRoutes(register, assessments, pages).register(routes);
    Cases cases = new Cases(services.tx(), services.audit(), services.clock());
    java.util.concurrent.atomic.AtomicReference<TransferMonitor> current =
        new java.util.concurrent.atomic.AtomicReference<>();
    RuleSets ruleSets =
        new RuleSets(services.tx(), services.audit(), services.clock(), r -> current.get().use(r));
    monitor =
        new TransferMonitor(
            services.tx(),
            services.audit(),
            services.clock(),
            cases,
            ruleSets.active(),
            new AmlLookups(watchlist, register, services.clock()));
    current.set(monitor);
    exposure =
        new ChainExposure(
            services.tx(), services.clock(), cases, declarations, chain, network, watchlist);
    exposure.watchSanctioned();
    Rescreening rescreening =
        new Rescreening(services.tx(), services.audit(), services.clock(), cases, watchlist);
    startupScreening =
        Thread.ofVirtual()
            .name("rescreening")
            .start(
                () -> rescreening.runIfChanged(org.sovereign.platform.audit.Actor.SYSTEM, false));
    new ScreeningRoutes(rescreening, pages).register(routes);
    new AmlRoutes(monitor, ruleSets, reporting, pages).register(routes);
    new CaseRoutes(cases, new GoAmlReports("DAA-PK", services.clock(), monitor::transfer), pages)
        .register(routes);
    DefiPlatforms defiPlatforms =
        new DefiPlatforms(services.tx(), services.audit(), services.clock(), register);
    defi =
        new Defi(
            defiPlatforms,
            DefiMonitor.overHttp(
                services.tx(),
                services.audit(),
                services.clock(),
                cases,
                watchlist,
                defiPlatforms,
                DefiRulesFile.defaults()),
            new DefiReads(services.tx()));
    defi.monitor().start(DEFI_POLL);
    new org.sovereign.supervision.web.DefiRoutes(
            defiPlatforms, defi.reads(), defi.monitor(), register, pages)
        .register(routes);
    routes.page(
        HandlerType.GET,
        "/supervision",
        RegisterRoutes.READERS,
        "Supervision",
        ctx -> {
          Map<String, Object> params = new HashMap<>();
          var entries = register.all();
          params.put("entries", entries);
          Map<Long, String> names = new HashMap<>();
          entries.forEach(e -> names.put(e.orgId().value(), e.legalName()));
          params.put("names", names);
          params.put("pending", register.pending());
          params.put("alerts", alerts.all());
          pages.render(ctx, "supervision", "supervision.title", "supervision/overview.jte", params);
        });
  }
}
