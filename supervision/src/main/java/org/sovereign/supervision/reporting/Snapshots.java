package org.sovereign.supervision.reporting;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.sovereign.base.OrgId;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.audit.AuditLog;
import org.sovereign.platform.db.Tx;
import org.sovereign.platform.errors.DomainException;

/**
 * Liability snapshots: an upload is read as a stream, checked row by row and copied into PostgreSQL
 * in one transaction. A rejected file leaves nothing behind; the same file uploaded again is the
 * same snapshot. The Merkle-sum tree is built over the stored rows in the same transaction.
 */
public final class Snapshots {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Tx tx;
  private final AuditLog audit;
  private final Clock clock;
  private final SnapshotTrees trees;

  public Snapshots(Tx tx, AuditLog audit, Clock clock) {
    this.tx = tx;
    this.audit = audit;
    this.clock = clock;
    this.trees = new SnapshotTrees();
  }

  /** What an upload did: the snapshot, and whether it is new or the same file seen before. */
  public record Upload(Snapshot snapshot, boolean created) {}

  /** The format of an upload: CSV with a header, or NDJSON with the assets declared. */
  public enum Format {
    CSV,
    NDJSON
  }

  public Upload upload(
      Actor actor,
      OrgId org,
      Instant cutoff,
      Format format,
      List<String> declaredAssets,
      InputStream body) {
    if (cutoff == null || cutoff.isAfter(clock.instant())) {
      throw DomainException.invalidField("cutoff", "a cut-off time is required, not in the future");
    }
    MessageDigest sha = sha256();
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    var reader =
        new BufferedReader(
            new InputStreamReader(new DigestInputStream(body, sha), decoder), 1 << 16);
    RowReader rows =
        format == Format.CSV ? new CsvRows(reader) : new NdjsonRows(reader, assets(declaredAssets));
    try {
      return tx.inTransaction(h -> store(h, actor, org, cutoff, rows, sha));
    } catch (SameFile same) {
      return new Upload(same.snapshot, false);
    }
  }

  /** Unwinds the transaction of a file already received: nothing new is stored. */
  private static final class SameFile extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Snapshot snapshot;

    SameFile(Snapshot snapshot) {
      super("same file", null, false, false);
      this.snapshot = snapshot;
    }
  }

  private Upload store(
      Handle h, Actor actor, OrgId org, Instant cutoff, RowReader rows, MessageDigest sha) {
    long[] totals = copyRows(h, rows);
    String fileHash = HexFormat.of().formatHex(sha.digest());
    Optional<Snapshot> same = existing(h, org, fileHash);
    if (same.isPresent()) {
      throw new SameFile(same.get());
    }
    rejectDuplicates(h);
    long customers = h.createQuery("SELECT count(*) FROM intake_rows").mapTo(Long.class).one();
    if (customers == 0) {
      throw new IntakeException(1, "the snapshot has no customers");
    }
    List<String> codes = rows.assets().stream().map(ReportedAsset::code).toList();
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    long id = insertSnapshot(h, actor, org, cutoff, codes, fileHash, customers, totals, secret);
    placeLeaves(h, id, secret);
    trees.build(h, id, codes, secret, totals);
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("cutoff", cutoff.toString());
    detail.put("customers", customers);
    detail.put("assets", codes);
    detail.put("sha256", fileHash);
    audit.append(h, actor, "solvency.snapshot-received", "snapshot:" + id, detail);
    return new Upload(SnapshotRows.byId(h, id).orElseThrow(), true);
  }

  private static List<ReportedAsset> assets(List<String> codes) {
    if (codes == null || codes.isEmpty()) {
      throw DomainException.invalidField("assets", "name the snapshot's assets, e.g. BTC,USDT");
    }
    List<ReportedAsset> assets = new ArrayList<>();
    for (String code : codes) {
      ReportedAsset asset =
          ReportedAsset.byCode(code)
              .orElseThrow(
                  () -> DomainException.invalidField("assets", "unknown asset '" + code + "'"));
      if (assets.contains(asset)) {
        throw DomainException.invalidField("assets", asset.code() + " is named twice");
      }
      assets.add(asset);
    }
    return assets;
  }

  /** Streams every row into a temporary table with COPY; returns the per-asset totals. */
  private static long[] copyRows(Handle h, RowReader rows) {
    h.execute(
        "CREATE TEMP TABLE intake_rows (line BIGINT NOT NULL, customer_id TEXT NOT NULL,"
            + " balances BIGINT[] NOT NULL) ON COMMIT DROP");
    long[] totals = new long[rows.assets().size()];
    try {
      CopyIn copy =
          h.getConnection()
              .unwrap(PGConnection.class)
              .getCopyAPI()
              .copyIn("COPY intake_rows (line, customer_id, balances) FROM STDIN");
      try {
        StringBuilder batch = new StringBuilder(1 << 17);
        for (LiabilityRow row = rows.next(); row != null; row = rows.next()) {
          addToTotals(totals, row, rows.assets());
          appendCopyLine(batch, row);
          if (batch.length() > 1 << 16) {
            flush(copy, batch);
          }
        }
        flush(copy, batch);
        copy.endCopy();
      } finally {
        if (copy.isActive()) {
          copy.cancelCopy();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("copying the snapshot into the database failed", e);
    }
    return totals;
  }

  private static void addToTotals(long[] totals, LiabilityRow row, List<ReportedAsset> assets) {
    for (int i = 0; i < totals.length; i++) {
      try {
        totals[i] = Math.addExact(totals[i], row.balances()[i]);
      } catch (ArithmeticException e) {
        throw new IntakeException(
            row.line(),
            "the " + assets.get(i).code() + " total overflows 64 bits at this customer");
      }
    }
  }

  private static void appendCopyLine(StringBuilder out, LiabilityRow row) {
    out.append(row.line()).append('\t');
    String id = row.customerId();
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c == '\\' || c == '\t') {
        out.append('\\');
      }
      out.append(c);
    }
    out.append("\t{");
    for (int i = 0; i < row.balances().length; i++) {
      out.append(i == 0 ? "" : ",").append(row.balances()[i]);
    }
    out.append("}\n");
  }

  private static void flush(CopyIn copy, StringBuilder batch) throws SQLException {
    byte[] bytes = batch.toString().getBytes(StandardCharsets.UTF_8);
    copy.writeToCopy(bytes, 0, bytes.length);
    batch.setLength(0);
  }

  private static void rejectDuplicates(Handle h) {
    h.createQuery(
            "SELECT customer_id, min(line), max(line) FROM intake_rows GROUP BY customer_id"
                + " HAVING count(*) > 1 ORDER BY min(line) LIMIT 1")
        .map(
            (rs, ctx) ->
                new IntakeException(
                    rs.getLong(3),
                    "customer id '"
                        + rs.getString(1)
                        + "' already appears on line "
                        + rs.getLong(2)))
        .findOne()
        .ifPresent(
            e -> {
              throw e;
            });
  }

  private long insertSnapshot(
      Handle h,
      Actor actor,
      OrgId org,
      Instant cutoff,
      List<String> assets,
      String fileHash,
      long customers,
      long[] totals,
      byte[] secret) {
    List<String> totalText = new ArrayList<>();
    for (long t : totals) {
      totalText.add(Long.toString(t));
    }
    return h.createUpdate(
            "INSERT INTO liability_snapshots (org_id, cutoff, assets, file_sha256, customers, totals,"
                + " secret, uploaded_by, uploaded_at) VALUES (:o, :c, :a, :f, :n, :t, :s, :by, :at)")
        .bind("o", org.value())
        .bind("c", cutoff)
        .bind("a", String.join(",", assets))
        .bind("f", fileHash)
        .bind("n", customers)
        .bind("t", String.join(",", totalText))
        .bind("s", secret)
        .bind("by", actor.label())
        .bind("at", clock.instant())
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  /**
   * Stores the customers in leaf order: sorted by a keyed hash of their id, so neighbouring leaves
   * say nothing about upload order or balance.
   */
  private static void placeLeaves(Handle h, long id, byte[] secret) {
    h.createUpdate(
            "INSERT INTO snapshot_customers (snapshot_id, leaf_index, customer_id, balances)"
                + " SELECT :id, row_number() OVER (ORDER BY md5(:salt || customer_id), customer_id) - 1,"
                + " customer_id, balances FROM intake_rows")
        .bind("id", id)
        .bind("salt", HexFormat.of().formatHex(secret))
        .execute();
  }

  private static Optional<Snapshot> existing(Handle h, OrgId org, String fileHash) {
    return h.createQuery(
            "SELECT id FROM liability_snapshots WHERE org_id = :o AND file_sha256 = :f")
        .bind("o", org.value())
        .bind("f", fileHash)
        .mapTo(Long.class)
        .findOne()
        .flatMap(id -> SnapshotRows.byId(h, id));
  }

  public Optional<Snapshot> byId(long id) {
    return tx.read(h -> SnapshotRows.byId(h, id));
  }

  public List<Snapshot> ofOrg(OrgId org) {
    return tx.read(h -> SnapshotRows.ofOrg(h, org));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
