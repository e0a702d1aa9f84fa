package org.sovereign.supervision.web;

import io.javalin.http.HandlerType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sovereign.platform.web.Pages;
import org.sovereign.platform.web.WebRoutes;
import org.sovereign.supervision.aml.Rescreening;

/** Re-screening every stored party against the current lists. */
public final class ScreeningRoutes {
  private final Rescreening rescreening;
  private final Pages pages;

  public ScreeningRoutes(Rescreening rescreening, Pages pages) {
    this.rescreening = rescreening;
    this.pages = pages;
  }

  public void register(WebRoutes routes) {
    routes.api(
        HandlerType.POST,
        "/api/v1/supervision/screening/rescreen",
        RegisterRoutes.SUPERVISORS_ONLY,
        "Screen every stored party and address again (only when the lists changed, or ?force=true)",
        ctx -> {
          var run =
              rescreening.runIfChanged(
                  pages.principal(ctx).actor(), "true".equals(ctx.queryParam("force")));
          Map<String, Object> json = new LinkedHashMap<>();
          json.put("version", run.version());
          json.put("ran", run.ran());
          json.put("parties", run.parties());
          json.put("new_hits", run.newHits());
          ctx.json(json);
        });
  }
}
