package org.sovereign.supervision;

import io.javalin.http.HandlerType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sovereign.platform.module.PillarModule;
import org.sovereign.platform.module.PlatformServices;
import org.sovereign.platform.web.NavItem;
import org.sovereign.platform.web.Pages;
import org.sovereign.platform.web.WebRoutes;
import org.sovereign.supervision.register.Register;
import org.sovereign.supervision.reporting.Snapshots;
import org.sovereign.supervision.web.RegisterRoutes;
import org.sovereign.supervision.web.ReportingRoutes;

/**
 * The supervision pillar as the platform sees it: its schema, its console section and its routes.
 */
public final class SupervisionModule implements PillarModule {
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
    new ReportingRoutes(snapshots, register, pages).register(routes);
    routes.page(
        HandlerType.GET,
        "/supervision",
        RegisterRoutes.READERS,
        "Supervision",
        ctx -> {
          Map<String, Object> params = new HashMap<>();
          params.put("entries", register.all());
          params.put("pending", register.pending());
          pages.render(ctx, "supervision", "supervision.title", "supervision/overview.jte", params);
        });
  }
}
