package org.sovereign.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sovereign.platform.testing.TestPostgres;

/**
 * Connections search every module's schema, so a table name used by two modules would make one
 * module read the other's table. This keeps every table name unique across schemas.
 */
class SchemaNamesTest {
  @Test
  void tableNames_shouldBeUniqueAcrossModuleSchemas() {
    try (SovereignRuntime runtime =
        SovereignRuntime.open(TestPostgres.freshDatabase(), Pillars.all(), Clock.systemUTC())) {
      List<String> duplicates =
          runtime
              .services()
              .tx()
              .read(
                  h ->
                      h.createQuery(
                              "SELECT table_name FROM information_schema.tables WHERE table_schema IN"
                                  + " ('platform', 'chain', 'reserve', 'power', 'supervision')"
                                  + " AND table_name <> 'schema_history'"
                                  + " GROUP BY table_name HAVING count(*) > 1")
                          .mapTo(String.class)
                          .list());
      assertThat(duplicates).isEmpty();
      long chainTables =
          runtime
              .services()
              .tx()
              .read(
                  h ->
                      h.createQuery(
                              "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'chain'")
                          .mapTo(Long.class)
                          .one());
      assertThat(chainTables).isGreaterThanOrEqualTo(5);
    }
  }
}
