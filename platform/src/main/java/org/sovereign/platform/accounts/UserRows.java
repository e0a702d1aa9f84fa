package org.sovereign.platform.accounts;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.jdbi.v3.core.statement.StatementContext;

final class UserRows {
  static final String COLUMNS =
      "id, username, display_name, roles, must_change_password, disabled, failed_logins,"
          + " locked_until, created_at, last_login_at";

  private UserRows() {}

  static User user(ResultSet rs, StatementContext ctx) throws SQLException {
    return new User(
        rs.getLong("id"),
        rs.getString("username"),
        rs.getString("display_name"),
        roles(rs.getArray("roles")),
        rs.getBoolean("must_change_password"),
        rs.getBoolean("disabled"),
        rs.getInt("failed_logins"),
        instant(rs.getTimestamp("locked_until")),
        instant(rs.getTimestamp("created_at")),
        instant(rs.getTimestamp("last_login_at")));
  }

  private static Set<Role> roles(Array array) throws SQLException {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Object name : (Object[]) array.getArray()) {
      roles.add(Role.valueOf((String) name));
    }
    return roles;
  }

  static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
