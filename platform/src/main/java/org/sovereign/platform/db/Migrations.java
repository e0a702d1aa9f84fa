package org.sovereign.platform.db;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Applies each module's Flyway migrations in order: platform first, then the pillars. */
public final class Migrations {
  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

  private Migrations() {}

  public static void migrate(DataSource dataSource, List<ModuleSchema> schemas) {
    for (ModuleSchema schema : schemas) {
      var result =
          Flyway.configure()
              .dataSource(dataSource)
              .schemas(schema.schema())
              .defaultSchema(schema.schema())
              .createSchemas(true)
              .table("schema_history")
              .locations(schema.migrationsLocation())
              .failOnMissingLocations(false)
              .load()
              .migrate();
      if (result.migrationsExecuted > 0) {
        LOG.info(
            "schema {}: {} migration(s) applied, now at version {}",
            schema.schema(),
            result.migrationsExecuted,
            result.targetSchemaVersion);
      }
    }
  }
}
