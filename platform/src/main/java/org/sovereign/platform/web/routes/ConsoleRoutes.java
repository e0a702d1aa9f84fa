package org.sovereign.platform.web.routes;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sovereign.platform.accounts.Role;
import org.sovereign.platform.audit.AuditLog;
import org.sovereign.platform.audit.AuditVerifier;
import org.sovereign.platform.module.PlatformServices;
import org.sovereign.platform.web.Access;
import org.sovereign.platform.web.Charts;
import org.sovereign.platform.web.Pages;
import org.sovereign.platform.web.WebRoutes;

/** The platform's own console pages: overview, public transparency and the audit chain. */
public final class ConsoleRoutes {
  public static final Access AUDIT_READERS = Access.roles(Role.AUDITOR, Role.ADMIN);

  private final PlatformServices services;
  private final Pages pages;

  public ConsoleRoutes(PlatformServices services, Pages pages) {
    this.services = services;
    this.pages = pages;
  }

  public void register(WebRoutes routes) {
    routes
        .page(
            HandlerType.GET,
            "/",
            Access.publicAccess(),
            "Start",
            ctx -> ctx.redirect("/overview", HttpStatus.SEE_OTHER))
        .page(HandlerType.GET, "/overview", Access.anyUser(), "Overview", this::overview)
        .page(
            HandlerType.GET,
            "/transparency",
            Access.publicAccess(),
            "Public transparency page",
            this::transparency)
        .page(HandlerType.GET, "/audit", AUDIT_READERS, "Audit chain", this::audit)
        .page(
            HandlerType.GET,
            "/audit/verify",
            AUDIT_READERS,
            "Verify the audit chain (fragment)",
            this::verify);
  }

  private void overview(Context ctx) {
    var head = services.tx().read(AuditLog::head);
    pages.render(
        ctx,
        "overview",
        "overview.title",
        "platform/overview.jte",
        Map.of(
            "users", services.accounts().count(),
            "organisations", services.organisations().all().size(),
            "auditSeq", head.seq(),
            "facts", services.status().facts()));
  }

  private void transparency(Context ctx) {
    var head = services.tx().read(AuditLog::head);
    pages.render(
        ctx,
        "transparency",
        "transparency.title",
        "platform/transparency.jte",
        Map.of("headSeq", head.seq(), "headHash", head.hashHex()));
  }

  private void audit(Context ctx) {
    var entries = services.tx().read(h -> AuditLog.newest(h, 100));
    var head = services.tx().read(AuditLog::head);
    LocalDate today = LocalDate.ofInstant(services.clock().instant(), ZoneOffset.UTC);
    Map<LocalDate, Long> perDay =
        services.tx().read(h -> AuditLog.countPerDay(h, today.minusDays(29)));
    List<String> days = new ArrayList<>();
    List<Long> counts = new ArrayList<>();
    for (int i = 29; i >= 0; i--) {
      LocalDate day = today.minusDays(i);
      days.add(day.toString().substring(5));
      counts.add(perDay.getOrDefault(day, 0L));
    }
    long total = counts.stream().mapToLong(Long::longValue).sum();
    pages.render(
        ctx,
        "audit",
        "audit.title",
        "platform/audit.jte",
        Map.of(
            "entries", entries,
            "headSeq", head.seq(),
            "headHash", head.hashHex(),
            "activityChart", Charts.bars(days, counts, pages.messages().get("audit.activity")),
            "activityTable",
                pages.messages().format("audit.activity.summary", total, counts.getLast())));
  }

  private void verify(Context ctx) {
    var result = services.tx().read(h -> AuditVerifier.verify(h, n -> {}));
    pages.fragment(ctx, "platform/audit-verify.jte", Map.of("result", result));
  }
}
