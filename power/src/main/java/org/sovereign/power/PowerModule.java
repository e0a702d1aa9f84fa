package org.sovereign.power;

import java.util.List;
import org.sovereign.platform.module.PillarModule;
import org.sovereign.platform.module.PlatformServices;
import org.sovereign.platform.web.NavItem;
import org.sovereign.platform.web.Pages;
import org.sovereign.platform.web.WebRoutes;
import org.sovereign.power.curtail.Curtailments;
import org.sovereign.power.curtail.Deliveries;
import org.sovereign.power.curtail.InstructionSigner;
import org.sovereign.power.metering.Readings;
import org.sovereign.power.registry.Registry;
import org.sovereign.power.web.PowerRoutes;

/** The power pillar as the platform sees it: its schema, its console section and its routes. */
public final class PowerModule implements PillarModule {
  private final java.util.function.Supplier<org.sovereign.platform.module.MiningRevenue> mining;

  /** Power with the reserve's mining revenue (for BTC mined per MWh in the energy report). */
  public PowerModule(
      java.util.function.Supplier<org.sovereign.platform.module.MiningRevenue> mining) {
    this.mining = mining;
  }

  public PowerModule() {
    this(() -> org.sovereign.platform.module.MiningRevenue.NONE);
  }

  @Override
  public String id() {
    return "power";
  }

  @Override
  public List<NavItem> nav() {
    return List.of(new NavItem("power", "nav.power", "/power", PowerRoutes.READERS));
  }

  @Override
  public void registerRoutes(WebRoutes routes, Pages pages, PlatformServices services) {
    Registry registry =
        new Registry(services.tx(), services.audit(), services.clock(), services.organisations());
    Readings readings = new Readings(services.tx(), services.audit());
    Deliveries deliveries =
        new Deliveries(
            services.tx(),
            services.clock(),
            site ->
                registry
                    .site(new org.sovereign.base.OrgId(site))
                    .map(s -> s.endpoint())
                    .orElse(null));
    Curtailments curtailments =
        new Curtailments(
            services.tx(),
            services.audit(),
            services.clock(),
            registry,
            readings,
            new InstructionSigner(services.tx()),
            deliveries);
    var forecasts =
        new org.sovereign.power.forecast.StoredForecasts(
            services.tx(), services.audit(), services.clock());
    var costRecovery =
        new org.sovereign.power.report.CostRecovery(
            services.tx(), services.audit(), services.clock());
    new PowerRoutes(
            registry,
            readings,
            curtailments,
            new org.sovereign.power.report.EnergyReports(
                services.tx(), registry, mining, costRecovery::of),
            forecasts,
            pages)
        .register(routes);
    new org.sovereign.power.web.PowerDataRoutes(
            registry,
            forecasts,
            new org.sovereign.power.payouts.PoolPayouts(
                services.tx(), services.audit(), services.clock()),
            costRecovery,
            pages)
        .register(routes);
  }
}
