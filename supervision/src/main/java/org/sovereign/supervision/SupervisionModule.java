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
import org.sovereign.supervision.assessment.Alerts;
import org.sovereign.supervision.assessment.Assessments;
import org.sovereign.supervision.register.Register;
import org.sovereign.supervision.reporting.SnapshotProofs;
import org.sovereign.supervision.reporting.Snapshots;
import org.sovereign.supervision.reserves.ChainReserves;
import org.sovereign.supervision.reserves.Declarations;
import org.sovereign.supervision.web.PublicSolvencyRoutes;
import org.sovereign.supervision.web.RegisterRoutes;
import org.sovereign.supervision.web.ReportingRoutes;
import org.sovereign.supervision.web.SolvencyRoutes;

/**
 * The supervision pillar as the platform sees it: its schema, its console section and its routes.
 */
public final class SupervisionModule implements PillarModule {
  private final Supplier<Network> network;
  private final Supplier<Optional<ChainWatch>> chain;
  private Declarations declarations;

  public SupervisionModule(Supplier<Network> network, Supplier<Optional<ChainWatch>> chain) {
    this.network = network;
    this.chain = chain;
  }

  /** Supervision with no chain followed (reserves show once a chain is). */
  public SupervisionModule() {
    this(() -> Network.MAIN, Optional::empty);
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
    Assessments assessments = new Assessments(snapshots, declarations, new ChainReserves(chain));
    Alerts alerts = new Alerts(register, assessments, services.clock());
    new SolvencyRoutes(declarations, assessments, alerts, register, reporting, proofs, pages)
        .register(routes);
    new PublicSolvencyRoutes(register, assessments, pages).register(routes);
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
