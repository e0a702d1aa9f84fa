package org.sovereign.power.forecast;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.audit.AuditLog;
import org.sovereign.platform.db.Tx;
import org.sovereign.platform.errors.DomainException;

/**
 * Surplus forecasts imported from CSV and kept per node and hour: an import is checked whole (see
 * {@link ForecastCsv}) and stored in one transaction, replacing the hours it covers; the same file
 * imported again is the same import. The planner reads a span back only when every node has every
 * hour of it.
 */
public final class StoredForecasts {
  private static final int ERRORS_SHOWN = 10;

  private final Tx tx;
  private final AuditLog audit;
  private final Clock clock;

  public StoredForecasts(Tx tx, AuditLog audit, Clock clock) {
    this.tx = tx;
    this.audit = audit;
    this.clock = clock;
  }

  /** One stored import. */
  public record StoredImport(
      long id,
      String sha256,
      int resolutionMinutes,
      int rows,
      Instant firstHour,
      int hours,
      String nodes,
      String importedBy,
      Instant importedAt) {}

  /** An import and whether this call stored it (false: the same file was imported before). */
  public record Outcome(StoredImport stored, boolean created) {}

  /**
   * Imports {@code csv} for the grid nodes {@code nodeIds} (code to id); refused whole, naming the
   * first problems' lines and fields, when any row is wrong.
   */
  public Outcome importCsv(Actor actor, String csv, Map<String, Long> nodeIds) {
    String sha = sha256(csv);
    Optional<StoredImport> same = tx.read(h -> bySha(h, sha));
    if (same.isPresent()) {
      return new Outcome(same.get(), false);
    }
    ForecastImport parsed = ForecastCsv.parse(csv, nodeIds.keySet());
    if (parsed instanceof ForecastImport.Rejected rejected) {
      throw refused(rejected.errors());
    }
    ForecastImport.Imported imported = (ForecastImport.Imported) parsed;
    return new Outcome(tx.inTransaction(h -> store(h, actor, sha, imported, nodeIds)), true);
  }

  /** Every import, newest first. */
  public List<StoredImport> imports() {
    return tx.read(
        h ->
            h.createQuery("SELECT * FROM forecast_imports ORDER BY id DESC")
                .map((rs, ctx) -> row(rs))
                .list());
  }

  /**
   * The stored forecast for {@code hours} hours from {@code from} (truncated to the hour) for the
   * nodes {@code nodeIds} (code to id), or empty unless every node has every hour.
   */
  public Optional<SurplusForecast> span(Instant from, int hours, Map<String, Long> nodeIds) {
    Instant start = from.truncatedTo(ChronoUnit.HOURS);
    Instant end = start.plus(hours, ChronoUnit.HOURS);
    Map<String, long[]> series = new LinkedHashMap<>();
    for (var node : nodeIds.entrySet()) {
      long[] kw = new long[hours];
      int found =
          tx.read(
              h ->
                  h.createQuery(
                          "SELECT hour, kw FROM surplus_forecast"
                              + " WHERE node_id = :n AND hour >= :f AND hour < :t")
                      .bind("n", node.getValue())
                      .bind("f", start)
                      .bind("t", end)
                      .map(
                          (rs, ctx) -> {
                            Instant hour = rs.getTimestamp(1).toInstant();
                            kw[(int) ChronoUnit.HOURS.between(start, hour)] = rs.getLong(2);
                            return 1;
                          })
                      .list()
                      .size());
      if (found < hours) {
        return Optional.empty();
      }
      series.put(node.getKey(), kw);
    }
    return series.isEmpty()
        ? Optional.empty()
        : Optional.of(SurplusForecast.of(start, hours, series));
  }

  private StoredImport store(
      Handle h, Actor actor, String sha, ForecastImport.Imported imported, Map<String, Long> ids) {
    SurplusForecast f = imported.forecast();
    String nodes = f.nodes().stream().sorted().collect(Collectors.joining(","));
    long id =
        h.createUpdate(
                "INSERT INTO forecast_imports (sha256, resolution_minutes, rows, first_hour, hours,"
                    + " nodes, imported_by, imported_at) VALUES (:s, :r, :n, :f, :h, :nodes, :by, :at)")
            .bind("s", sha)
            .bind("r", (int) imported.resolution().toMinutes())
            .bind("n", imported.rows())
            .bind("f", f.start())
            .bind("h", f.hours())
            .bind("nodes", nodes)
            .bind("by", actor.label())
            .bind("at", clock.instant())
            .executeAndReturnGeneratedKeys("id")
            .mapTo(Long.class)
            .one();
    PreparedBatch batch =
        h.prepareBatch(
            "INSERT INTO surplus_forecast (node_id, hour, kw, import_id) VALUES (:n, :h, :kw, :i)"
                + " ON CONFLICT (node_id, hour) DO UPDATE SET kw = EXCLUDED.kw, import_id = EXCLUDED.import_id");
    for (String node : f.nodes()) {
      for (int hour = 0; hour < f.hours(); hour++) {
        batch
            .bind("n", ids.get(node))
            .bind("h", f.start().plus(hour, ChronoUnit.HOURS))
            .bind("kw", f.kilowatts(node, hour))
            .bind("i", id)
            .add();
      }
    }
    batch.execute();
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("sha256", sha);
    detail.put("nodes", nodes);
    detail.put("first_hour", f.start().toString());
    detail.put("hours", f.hours());
    audit.append(h, actor, "power.forecast-imported", "forecast:" + id, detail);
    return bySha(h, sha).orElseThrow();
  }

  private static DomainException refused(List<ImportError> errors) {
    String shown =
        errors.stream()
            .limit(ERRORS_SHOWN)
            .map(ImportError::toString)
            .collect(Collectors.joining("; "));
    String more =
        errors.size() > ERRORS_SHOWN ? " (and " + (errors.size() - ERRORS_SHOWN) + " more)" : "";
    ImportError first = errors.getFirst();
    return new DomainException(
        422, "forecast-rejected", shown + more, "line:" + first.line() + "." + first.field());
  }

  private static Optional<StoredImport> bySha(Handle h, String sha) {
    return h.createQuery("SELECT * FROM forecast_imports WHERE sha256 = :s")
        .bind("s", sha)
        .map((rs, ctx) -> row(rs))
        .findOne();
  }

  private static StoredImport row(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new StoredImport(
        rs.getLong("id"),
        rs.getString("sha256"),
        rs.getInt("resolution_minutes"),
        rs.getInt("rows"),
        rs.getTimestamp("first_hour").toInstant(),
        rs.getInt("hours"),
        rs.getString("nodes"),
        rs.getString("imported_by"),
        rs.getTimestamp("imported_at").toInstant());
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
