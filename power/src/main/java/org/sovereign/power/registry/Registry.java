package org.sovereign.power.registry;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.sovereign.base.OrgId;
import org.sovereign.platform.accounts.OrganisationKind;
import org.sovereign.platform.accounts.Organisations;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.audit.AuditLog;
import org.sovereign.platform.db.Tx;
import org.sovereign.platform.errors.DomainException;

/** Grid nodes and sites, registered by the grid operator; every change is audited. */
public final class Registry {
  private static final Set<String> KINDS = Set.of("MINING", "AI", "MIXED");
  private static final Set<String> CLASSES = Set.of("FIRM", "INTERRUPTIBLE");

  private final Tx tx;
  private final AuditLog audit;
  private final Clock clock;
  private final Organisations organisations;

  public Registry(Tx tx, AuditLog audit, Clock clock, Organisations organisations) {
    this.tx = tx;
    this.audit = audit;
    this.clock = clock;
    this.organisations = organisations;
  }

  public GridNode addNode(Actor actor, String code, String name, Long importLimitKw) {
    String c = text(code, "code", 32).toUpperCase(Locale.ROOT);
    String n = text(name, "name", 200);
    if (importLimitKw == null || importLimitKw <= 0) {
      throw DomainException.invalidField("import_limit_kw", "must be a positive number of kW");
    }
    return tx.inTransaction(
        h -> {
          if (node(h, c).isPresent()) {
            throw DomainException.conflict("node-exists", "grid node " + c + " exists");
          }
          long id =
              h.createUpdate(
                      "INSERT INTO grid_nodes (code, name, import_limit_kw) VALUES (:c, :n, :l)")
                  .bind("c", c)
                  .bind("n", n)
                  .bind("l", importLimitKw)
                  .executeAndReturnGeneratedKeys("id")
                  .mapTo(Long.class)
                  .one();
          audit.append(
              h, actor, "power.node-added", "node:" + c, Map.of("import_limit_kw", importLimitKw));
          return new GridNode(id, c, n, importLimitKw);
        });
  }

  public Site register(Actor actor, NewSite s) {
    if (s == null) {
      throw DomainException.invalidField("body", "a site is required");
    }
    String name = text(s.name(), "name", 200);
    String kind = choice(s.kind(), "kind", KINDS);
    String contract = choice(s.contract_class(), "contract_class", CLASSES);
    long contracted = positive(s.contracted_kw(), "contracted_kw");
    long minimum = s.minimum_kw() == null ? 0 : nonNegative(s.minimum_kw(), "minimum_kw");
    if (minimum > contracted) {
      throw DomainException.invalidField("minimum_kw", "must not exceed contracted_kw");
    }
    long ramp = positive(s.ramp_kw_per_min(), "ramp_kw_per_min");
    BigDecimal efficiency = decimal(s.efficiency_j_per_th(), "efficiency_j_per_th");
    BigDecimal pue = decimal(s.pue(), "pue");
    long value = nonNegative(s.value_cents_per_mwh(), "value_cents_per_mwh");
    long tariff = nonNegative(s.tariff_paisa_per_kwh(), "tariff_paisa_per_kwh");
    int hours = s.max_curtail_hours_day() == null ? 24 : s.max_curtail_hours_day();
    if (hours < 0 || hours > 24) {
      throw DomainException.invalidField("max_curtail_hours_day", "must be 0 to 24");
    }
    long weekly =
        s.max_curtail_kwh_week() == null
            ? Long.MAX_VALUE / 4
            : nonNegative(s.max_curtail_kwh_week(), "max_curtail_kwh_week");
    String endpoint = endpoint(s.endpoint());
    long penalty =
        s.penalty_paisa_per_kw() == null
            ? 0
            : nonNegative(s.penalty_paisa_per_kw(), "penalty_paisa_per_kw");
    ResponseTier tier = tier(s.response_tier());
    String owner = s.owner() == null || s.owner().isBlank() ? null : text(s.owner(), "owner", 200);
    String[] meters = meters(s.meters());
    return tx.inTransaction(
        h -> {
          GridNode node =
              node(h, s.node() == null ? "" : s.node().strip().toUpperCase(Locale.ROOT))
                  .orElseThrow(
                      () ->
                          DomainException.invalidField("node", "no grid node '" + s.node() + "'"));
          OrgId org = organisations.create(h, actor, OrganisationKind.POWER_SITE, name).id();
          h.createUpdate(
                  "INSERT INTO power_sites (org_id, node_id, kind, contract_class, contracted_kw, minimum_kw,"
                      + " ramp_kw_per_min, efficiency_j_per_th, pue, value_cents_per_mwh, tariff_paisa_per_kwh,"
                      + " max_curtail_hours_day, max_curtail_kwh_week, state_owned, endpoint, created_at,"
                      + " penalty_paisa_per_kw, response_tier, owner, meters)"
                      + " VALUES (:o, :n, :k, :c, :ck, :m, :r, :e, :p, :v, :t, :h, :w, :so, :ep, :at, :pen,"
                      + " :tier, :owner, :meters)")
              .bind("o", org.value())
              .bind("n", node.id())
              .bind("k", kind)
              .bind("c", contract)
              .bind("ck", contracted)
              .bind("m", minimum)
              .bind("r", ramp)
              .bind("e", efficiency)
              .bind("p", pue)
              .bind("v", value)
              .bind("t", tariff)
              .bind("h", hours)
              .bind("w", weekly)
              .bind("so", Boolean.TRUE.equals(s.state_owned()))
              .bind("ep", endpoint)
              .bind("at", clock.instant())
              .bind("pen", penalty)
              .bind("tier", tier.name())
              .bind("owner", owner)
              .bind("meters", meters)
              .execute();
          Map<String, Object> detail = new LinkedHashMap<>();
          detail.put("node", node.code());
          detail.put("kind", kind);
          detail.put("contract", contract);
          detail.put("contracted_kw", contracted);
          detail.put("penalty_paisa_per_kw", penalty);
          audit.append(h, actor, "power.site-registered", "site:" + org, detail);
          return SiteRows.byOrg(h, org).orElseThrow();
        });
  }

  private static ResponseTier tier(String text) {
    if (text == null || text.isBlank()) {
      return ResponseTier.STANDARD;
    }
    try {
      return ResponseTier.parse(text);
    } catch (IllegalArgumentException e) {
      throw DomainException.invalidField("response_tier", e.getMessage());
    }
  }

  private static String[] meters(List<String> meters) {
    if (meters == null) {
      return new String[0];
    }
    if (meters.size() > 50) {
      throw DomainException.invalidField("meters", "at most 50 meters per site");
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < meters.size(); i++) {
      String m = meters.get(i);
      if (m == null || !m.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
        throw DomainException.invalidField(
            "meters[" + i + "]", "a meter serial is 1 to 64 letters, digits, '.', '_' or '-'");
      }
      if (!seen.add(m)) {
        throw DomainException.invalidField("meters[" + i + "]", "meter " + m + " is listed twice");
      }
    }
    return meters.toArray(String[]::new);
  }

  public List<Site> sites() {
    return tx.read(SiteRows::all);
  }

  public Optional<Site> site(OrgId org) {
    return tx.read(h -> SiteRows.byOrg(h, org));
  }

  public List<GridNode> nodes() {
    return tx.read(
        h ->
            h.createQuery("SELECT id, code, name, import_limit_kw FROM grid_nodes ORDER BY code")
                .map(
                    (rs, ctx) ->
                        new GridNode(
                            rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list());
  }

  public Optional<GridNode> node(String code) {
    return tx.read(h -> node(h, code == null ? "" : code.strip().toUpperCase(Locale.ROOT)));
  }

  private static Optional<GridNode> node(Handle h, String code) {
    return h.createQuery("SELECT id, code, name, import_limit_kw FROM grid_nodes WHERE code = :c")
        .bind("c", code)
        .map(
            (rs, ctx) ->
                new GridNode(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
        .findOne();
  }

  private static String text(String value, String field, int max) {
    String clean = value == null ? "" : value.strip();
    if (clean.isEmpty() || clean.length() > max) {
      throw DomainException.invalidField(field, "must be 1 to " + max + " characters");
    }
    return clean;
  }

  private static String choice(String value, String field, Set<String> allowed) {
    String v = value == null ? "" : value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    if (!allowed.contains(v)) {
      throw DomainException.invalidField(field, "must be one of " + allowed);
    }
    return v;
  }

  private static long positive(Long value, String field) {
    if (value == null || value <= 0) {
      throw DomainException.invalidField(field, "must be a positive whole number");
    }
    return value;
  }

  private static long nonNegative(Long value, String field) {
    if (value == null || value < 0) {
      throw DomainException.invalidField(field, "must be 0 or more");
    }
    return value;
  }

  private static BigDecimal decimal(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      BigDecimal d = new BigDecimal(value.strip());
      if (d.signum() <= 0) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw DomainException.invalidField(field, "must be a positive decimal number");
    }
  }

  private static String endpoint(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      URI uri = URI.create(value.strip());
      if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())
          || uri.getHost() == null) {
        throw new IllegalArgumentException();
      }
      return uri.toString();
    } catch (IllegalArgumentException e) {
      throw DomainException.invalidField(
          "endpoint", "must be an http(s) address that receives instructions");
    }
  }
}
