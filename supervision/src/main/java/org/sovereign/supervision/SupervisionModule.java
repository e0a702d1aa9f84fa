package org.sovereign.supervision;

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

/**
 * The supervision pillar as the platform sees it: its schema, its console section and its routes.
 */
public final class SupervisionModule implements PillarModule {
  public static final Access READERS = Access.roles(Role.SUPERVISOR, Role.ANALYST, Role.AUDITOR);

  @Override
  public String id() {
    return "supervision";
  }

  @Override
  public List<NavItem> nav() {
    return List.of(new NavItem("supervision", "nav.supervision", "/supervision", READERS));
  }

  @Override
  public void registerRoutes(WebRoutes routes, Pages pages, PlatformServices services) {
    routes.page(
        HandlerType.GET,
        "/supervision",
        READERS,
        "Supervision",
        ctx ->
            pages.render(
                ctx, "supervision", "supervision.title", "supervision/overview.jte", Map.of()));
  }
}
