package org.sovereign.power.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.sovereign.base.OrgId;

/** Reads sites with their organisation's name. */
final class SiteRows {
  private static final String SELECT =
      "SELECT s.*, o.name FROM power_sites s JOIN platform.organisations o ON o.id = s.org_id";

  private SiteRows() {}

  static Optional<Site> byOrg(Handle h, OrgId org) {
    return h.createQuery(SELECT + " WHERE s.org_id = :o")
        .bind("o", org.value())
        .map((rs, ctx) -> site(rs))
        .findOne();
  }

  static List<Site> all(Handle h) {
    return h.createQuery(SELECT + " ORDER BY o.name").map((rs, ctx) -> site(rs)).list();
  }

  private static Site site(ResultSet rs) throws SQLException {
    return new Site(
        new OrgId(rs.getLong("org_id")),
        rs.getString("name"),
        rs.getLong("node_id"),
        rs.getString("kind"),
        rs.getString("contract_class"),
        rs.getLong("contracted_kw"),
        rs.getLong("minimum_kw"),
        rs.getLong("ramp_kw_per_min"),
        rs.getBigDecimal("efficiency_j_per_th"),
        rs.getBigDecimal("pue"),
        rs.getLong("value_cents_per_mwh"),
        rs.getLong("tariff_paisa_per_kwh"),
        rs.getInt("max_curtail_hours_day"),
        rs.getLong("max_curtail_kwh_week"),
        rs.getBoolean("state_owned"),
        rs.getString("endpoint"),
        rs.getLong("penalty_paisa_per_kw"),
        ResponseTier.valueOf(rs.getString("response_tier")),
        rs.getString("owner"),
        List.of((String[]) rs.getArray("meters").getArray()));
  }
}
