package org.sovereign.supervision.reserves;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.sovereign.base.OrgId;

/** Reads reserve declarations with their addresses. */
final class DeclarationRows {
  private DeclarationRows() {}

  static Optional<Declaration> byId(Handle h, long id) {
    return ids(h, "SELECT id FROM reserve_declarations WHERE id = :x", id).stream().findFirst();
  }

  static List<Declaration> all(Handle h) {
    return h
        .createQuery("SELECT id FROM reserve_declarations ORDER BY id")
        .mapTo(Long.class)
        .list()
        .stream()
        .map(id -> byId(h, id).orElseThrow())
        .toList();
  }

  static List<Declaration> ofOrg(Handle h, OrgId org) {
    return ids(
        h, "SELECT id FROM reserve_declarations WHERE org_id = :x ORDER BY id DESC", org.value());
  }

  static Optional<Declaration> latest(Handle h, OrgId org, String period) {
    return h.createQuery(
            "SELECT id FROM reserve_declarations WHERE org_id = :o AND period = :p ORDER BY id DESC LIMIT 1")
        .bind("o", org.value())
        .bind("p", period)
        .mapTo(Long.class)
        .findOne()
        .map(id -> load(h, id));
  }

  private static List<Declaration> ids(Handle h, String sql, long value) {
    return h.createQuery(sql).bind("x", value).mapTo(Long.class).list().stream()
        .map(id -> load(h, id))
        .toList();
  }

  private static Declaration load(Handle h, long id) {
    List<Declaration.DeclaredAddress> addresses =
        h.createQuery(
                "SELECT address, signature FROM declared_addresses WHERE declaration_id = :d ORDER BY address")
            .bind("d", id)
            .map((rs, ctx) -> new Declaration.DeclaredAddress(rs.getString(1), rs.getString(2)))
            .list();
    List<Declaration.DeclaredDescriptor> descriptors =
        h.createQuery(
                "SELECT descriptor, signature FROM declared_descriptors WHERE declaration_id = :d ORDER BY descriptor")
            .bind("d", id)
            .map((rs, ctx) -> new Declaration.DeclaredDescriptor(rs.getString(1), rs.getString(2)))
            .list();
    return h.createQuery("SELECT * FROM reserve_declarations WHERE id = :id")
        .bind("id", id)
        .map(
            (rs, ctx) ->
                new Declaration(
                    rs.getLong("id"),
                    new OrgId(rs.getLong("org_id")),
                    rs.getString("period"),
                    rs.getString("message"),
                    addresses,
                    descriptors,
                    rs.getString("declared_by"),
                    rs.getTimestamp("declared_at").toInstant()))
        .one();
  }
}
