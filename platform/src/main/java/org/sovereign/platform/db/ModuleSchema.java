package org.sovereign.platform.db;

/**
 * A module's own PostgreSQL schema and the classpath folder holding its Flyway migrations. Each
 * module keeps its migration history in its schema, so modules evolve independently.
 */
public record ModuleSchema(String schema, String migrationsLocation) {
  public ModuleSchema {
    if (!schema.matches("[a-z][a-z_]*")) {
      throw new IllegalArgumentException("schema name must be lower-case letters: " + schema);
    }
  }

  public static ModuleSchema of(String schema) {
    return new ModuleSchema(schema, "classpath:db/" + schema);
  }
}
