package org.sovereign.power;

import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Map;
import org.sovereign.platform.accounts.Role;
import org.sovereign.platform.module.PillarModule;
import org.sovereign.platform.module.PlatformServices;
import org.sovereign.platform.web.Access;
import org.sovereign.platform.web.NavItem;
import org.sovereign.platform.web.Pages;
import org.sovereign.platform.web.WebRoutes;

/** The power pillar as the platform sees it: its schema, its console section and its routes. */
public final class PowerModule implements PillarModule {
  public static final Access READERS = Access.roles(Role.GRID_OPERATOR, Role.ANALYST, Role.AUDITOR);

  @Override
  public String id() {
    return "power";
  }

  @Override
  public List<NavItem> nav() {
    return List.of(new NavItem("power", "nav.power", "/power", READERS));
  }

  @Override
  public void registerRoutes(WebRoutes routes, Pages pages, PlatformServices services) {
    routes.page(
        HandlerType.GET,
        "/power",
        READERS,
        "Power allocation",
        ctx -> pages.render(ctx, "power", "power.title", "power/overview.jte", Map.of()));
  }
}
