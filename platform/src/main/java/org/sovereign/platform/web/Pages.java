package org.sovereign.platform.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sovereign.platform.accounts.Principal;

/**
 * Renders console pages: a module's template (precompiled jte) inside the platform's layout, with
 * navigation filtered to what the signed-in user may open.
 */
public final class Pages {
  private static final String LAYOUT = "platform/layout.jte";

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
  private final Messages messages;
  private final Authenticator authenticator;
  private final List<NavItem> nav;

  public Pages(Messages messages, Authenticator authenticator, List<NavItem> nav) {
    this.messages = messages;
    this.authenticator = authenticator;
    this.nav = List.copyOf(nav);
  }

  public Messages messages() {
    return messages;
  }

  /** The caller of this request (null when anonymous), for pages that adapt to who is looking. */
  public Principal principal(Context ctx) {
    return authenticator.resolve(ctx);
  }

  /** Renders {@code template} as a full page in section {@code section}. */
  public void render(
      Context ctx, String section, String titleKey, String template, Map<String, ?> params) {
    PageContext page = context(ctx, section, titleKey);
    String body = renderTemplate(template, page, params);
    if (ctx.header("HX-Request") != null && ctx.header("HX-Boosted") == null) {
      ctx.html(body);
      return;
    }
    Map<String, Object> layoutParams = new HashMap<>();
    layoutParams.put("page", page);
    layoutParams.put("body", (gg.jte.Content) output -> output.writeContent(body));
    StringOutput out = new StringOutput();
    engine.render(LAYOUT, layoutParams, out);
    ctx.contentType("text/html; charset=utf-8").result(out.toString());
  }

  /** Renders {@code template} alone, for an htmx fragment. */
  public void fragment(Context ctx, String template, Map<String, ?> params) {
    ctx.html(renderTemplate(template, context(ctx, null, null), params));
  }

  private String renderTemplate(String template, PageContext page, Map<String, ?> params) {
    Map<String, Object> all = new HashMap<>(params);
    all.put("page", page);
    StringOutput out = new StringOutput();
    engine.render(template, all, out);
    return out.toString();
  }

  public PageContext context(Context ctx, String section, String titleKey) {
    Principal principal = authenticator.resolve(ctx);
    String userName = null;
    String csrf = null;
    if (principal instanceof Principal.UserPrincipal user) {
      userName = user.user().displayName();
      csrf = user.session().csrfToken();
    }
    List<PageContext.NavLink> links = new ArrayList<>();
    for (NavItem item : nav) {
      boolean visible =
          item.access().open()
              ? true
              : principal instanceof Principal.UserPrincipal && item.access().allows(principal);
      if (visible) {
        links.add(
            new PageContext.NavLink(
                messages.get(item.labelKey()), item.href(), item.section().equals(section)));
      }
    }
    String title = titleKey == null ? "Sovereign" : messages.get(titleKey);
    return new PageContext(
        title,
        messages,
        userName,
        csrf,
        links,
        ctx.queryParam("flash") == null ? null : messages.get("flash." + ctx.queryParam("flash")));
  }
}
