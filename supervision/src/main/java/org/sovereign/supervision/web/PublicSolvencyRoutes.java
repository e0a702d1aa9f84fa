package org.sovereign.supervision.web;

import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sovereign.platform.web.Access;
import org.sovereign.platform.web.Pages;
import org.sovereign.platform.web.WebRoutes;
import org.sovereign.supervision.assessment.Assessment;
import org.sovereign.supervision.assessment.Assessments;
import org.sovereign.supervision.register.Register;
import org.sovereign.supervision.register.VaspEntry;

/**
 * The public proof-of-solvency page: each licensed VASP's published roots, totals and coverage, and
 * a verifier where customers check their own inclusion proof in the browser.
 */
public final class PublicSolvencyRoutes {
  private final Register register;
  private final Assessments assessments;
  private final Pages pages;

  public PublicSolvencyRoutes(Register register, Assessments assessments, Pages pages) {
    this.register = register;
    this.assessments = assessments;
    this.pages = pages;
  }

  /** A licensed VASP with its snapshots' assessments, newest first. */
  public record Published(VaspEntry vasp, List<Assessment> snapshots) {}

  public void register(WebRoutes routes) {
    routes
        .page(
            HandlerType.GET,
            "/transparency/solvency",
            Access.publicAccess(),
            "Proof of solvency of licensed VASPs, with the customers' verifier",
            ctx ->
                pages.render(
                    ctx,
                    "transparency",
                    "supervision.public.solvency.title",
                    "supervision/public-solvency.jte",
                    Map.of("published", published())))
        .api(
            HandlerType.GET,
            "/api/v1/public/solvency",
            Access.publicAccess(),
            "Every licensed VASP's published snapshot roots, totals and BTC coverage",
            ctx -> ctx.json(Map.of("vasps", published().stream().map(this::json).toList())));
  }

  private List<Published> published() {
    List<Published> list = new ArrayList<>();
    for (VaspEntry e : register.publicEntries()) {
      list.add(new Published(e, assessments.history(e.orgId()).reversed()));
    }
    return list;
  }

  private Map<String, Object> json(Published p) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("legal_name", p.vasp().legalName());
    json.put("status", p.vasp().status().slug());
    List<Map<String, Object>> snapshots = new ArrayList<>();
    for (Assessment a : p.snapshots()) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("cutoff", a.snapshot().cutoff().toString());
      s.put("root_hash", a.snapshot().rootHash());
      s.put("leaf_count", a.snapshot().leafCount());
      Map<String, String> totals = new LinkedHashMap<>();
      for (int i = 0; i < a.snapshot().assets().size(); i++) {
        totals.put(a.snapshot().assets().get(i), Long.toString(a.snapshot().totals().get(i)));
      }
      s.put("totals", totals);
      s.put("btc_reserves_sat", a.reservesSat());
      s.put("height", a.height());
      s.put("ratio", a.ratio() == null ? null : a.ratio().toPlainString());
      s.put("status", a.status().slug());
      s.put("assets", SolvencyJson.perAsset(a));
      snapshots.add(s);
    }
    json.put("snapshots", snapshots);
    return json;
  }
}
