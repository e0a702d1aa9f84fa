package org.sovereign.reserve;

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

/** The reserve pillar as the platform sees it: its schema, its console section and its routes. */
public final class ReserveModule implements PillarModule {
  public static final Access READERS =
      Access.roles(Role.RESERVE_OFFICER, Role.RESERVE_APPROVER, Role.AUDITOR);

  @Override
  public String id() {
    return "reserve";
  }

  @Override
  public List<NavItem> nav() {
    return List.of(new NavItem("reserve", "nav.reserve", "/reserve", READERS));
  }

  @Override
  public void registerRoutes(WebRoutes routes, Pages pages, PlatformServices services) {
    routes.page(
        HandlerType.GET,
        "/reserve",
        READERS,
        "Strategic Bitcoin Reserve",
        ctx -> pages.render(ctx, "reserve", "reserve.title", "reserve/overview.jte", Map.of()));
  }
}
