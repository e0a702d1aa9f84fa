package org.sovereign.supervision.reporting;

import java.time.Instant;
import java.util.List;
import org.sovereign.base.OrgId;

/**
 * A liability snapshot as stored: its assets, customer count, per-asset totals and, once built, the
 * Merkle-sum tree's root.
 */
public record Snapshot(
    long id,
    OrgId orgId,
    Instant cutoff,
    List<String> assets,
    String fileSha256,
    long customers,
    List<Long> totals,
    String rootHash,
    Long leafCount,
    Integer depth,
    String uploadedBy,
    Instant uploadedAt) {

  public Snapshot {
    assets = List.copyOf(assets);
    totals = List.copyOf(totals);
  }

  /** The total of {@code asset}, or 0 when the snapshot does not report it. */
  public long total(String asset) {
    int i = assets.indexOf(asset);
    return i < 0 ? 0 : totals.get(i);
  }
}
