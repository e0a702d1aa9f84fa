package org.sovereign.chain.index;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.sovereign.base.BlockHash;
import org.sovereign.base.Hex;
import org.sovereign.base.OutPoint;
import org.sovereign.base.Sats;
import org.sovereign.base.Txid;
import org.sovereign.chain.scan.BlockHeaders;
import org.sovereign.chain.scan.BlockScanner;
import org.sovereign.chain.scan.ScanResult;
import org.sovereign.chain.scan.WatchSet;
import org.sovereign.chain.source.ChainSource;
import org.sovereign.chain.source.ChainSourceException;

/**
 * Follows a chain source's best chain into PostgreSQL: matches each block against the watch set,
 * stores the watched outputs and their spends, and moves the checkpoint in the same transaction as
 * the block's data (a crash leaves the index at a block boundary). Reorgs are found by comparing
 * the checkpoint's hash with the source's and undone block by block. When a descriptor's address at
 * index i receives funds, its watch window grows to i + gap limit and the block is scanned again.
 * Not thread-safe: one indexer per database.
 */
public final class ChainIndexer implements ChainWatch {
  private final DataSource db;
  private final ChainSource source;
  private final ScriptDeriver deriver;
  private final WatchSet scripts = new WatchSet(1 << 12);
  private final WatchSet outpoints = new WatchSet(1 << 12);
  private final BlockScanner scanner = new BlockScanner(scripts, outpoints);

  public ChainIndexer(DataSource db, ChainSource source, ScriptDeriver deriver) {
    this.db = db;
    this.source = source;
    this.deriver = deriver;
    inTransaction(
        c -> {
          IndexStore.allWatchedScripts(c).forEach(scripts::add);
          IndexStore.unspentOutpoints(c).forEach(outpoints::add);
          return null;
        });
  }

  /** Watches a script from the next indexed block on (use {@link #rewindTo} to rescan history). */
  public void watchScript(byte[] script, String label) {
    inTransaction(c -> IndexStore.addWatchedScript(c, script, label, null, null));
    scripts.add(script);
  }

  /** Watches a ranged descriptor's first {@code gapLimit} scripts; more as they get used. */
  @Override
  public void watchDescriptor(String descriptor, String label, int gapLimit) {
    if (gapLimit < 1) {
      throw new IllegalArgumentException("gap limit must be at least 1, not " + gapLimit);
    }
    inTransaction(
        c -> {
          IndexStore.WatchedDescriptor existing = IndexStore.descriptor(c, descriptor);
          if (existing == null) {
            deriveRange(c, descriptor, label, 0, gapLimit - 1);
            IndexStore.upsertDescriptor(
                c, new IndexStore.WatchedDescriptor(descriptor, label, gapLimit, gapLimit - 1, -1));
          }
          return null;
        });
  }

  private void deriveRange(Connection c, String descriptor, String label, int from, int to)
      throws SQLException {
    for (int i = from; i <= to; i++) {
      byte[] script = deriver.scriptAt(descriptor, i);
      IndexStore.addWatchedScript(c, script, label, descriptor, i);
      scripts.add(script);
    }
  }

  @Override
  public int indexedHeight() {
    return inTransaction(c -> IndexStore.checkpoint(c).height());
  }

  /** Connects blocks up to the source's tip, undoing blocks a reorg replaced. */
  public SyncReport sync(SyncProgress progress) {
    int connected = 0;
    int disconnected = 0;
    long bytes = 0;
    while (true) {
      int tip = source.tipHeight();
      IndexStore.Checkpoint cp = inTransaction(IndexStore::checkpoint);
      if (cp.height() >= 0 && !sourceHasBlock(cp)) {
        disconnectTip(cp);
        disconnected++;
        continue;
      }
      if (cp.height() >= tip) {
        return new SyncReport(connected, disconnected, cp.height(), bytes);
      }
      int height = cp.height() + 1;
      var hash = source.blockHash(height);
      if (hash.isEmpty()) {
        continue;
      }
      byte[] raw =
          source
              .rawBlock(hash.get())
              .orElseThrow(
                  () ->
                      new ChainSourceException(
                          "source lost block " + hash.get() + " at height " + height));
      if (!Arrays.equals(BlockHeaders.hash(raw, 0), hash.get().internalBytes())) {
        throw new ChainSourceException(
            "source returned a block that does not hash to " + hash.get());
      }
      if (cp.height() >= 0 && !Arrays.equals(BlockHeaders.previousHash(raw, 0), cp.hash())) {
        continue;
      }
      connect(height, raw);
      connected++;
      bytes += raw.length;
      progress.blockConnected(height, tip, raw.length);
    }
  }

  /**
   * Undoes every block above {@code height}, so the next sync rescans them (e.g. after new
   * watches).
   */
  public void rewindTo(int height) {
    while (true) {
      IndexStore.Checkpoint cp = inTransaction(IndexStore::checkpoint);
      if (cp.height() <= height) {
        return;
      }
      disconnectTip(cp);
    }
  }

  private boolean sourceHasBlock(IndexStore.Checkpoint cp) {
    return source
        .blockHash(cp.height())
        .map(h -> Arrays.equals(h.internalBytes(), cp.hash()))
        .orElse(false);
  }

  private void disconnectTip(IndexStore.Checkpoint cp) {
    inTransaction(
        c -> {
          IndexStore.disconnect(c, cp.height());
          IndexStore.setCheckpoint(c, cp.height() - 1, IndexStore.blockHashAt(c, cp.height() - 1));
          return null;
        });
  }

  private void connect(int height, byte[] raw) {
    inTransaction(
        c -> {
          IndexStore.checkpoint(c);
          connectOutputs(c, height, raw).forEach(outpoints::add);
          ScanResult result = scanner.scan(raw);
          for (int m = 0; m < result.spendMatches(); m++) {
            int off = result.spendOutpointOffset(m);
            byte[] txid = Arrays.copyOfRange(raw, off, off + 32);
            int vout =
                (raw[off + 32] & 0xff)
                    | (raw[off + 33] & 0xff) << 8
                    | (raw[off + 34] & 0xff) << 16
                    | (raw[off + 35] & 0xff) << 24;
            IndexStore.markSpent(
                c, txid, vout, result.txid(result.spendTx(m)), result.spendInput(m), height);
          }
          IndexStore.insertBlock(
              c,
              height,
              BlockHeaders.hash(raw, 0),
              BlockHeaders.previousHash(raw, 0),
              headerTime(raw));
          IndexStore.setCheckpoint(c, height, BlockHeaders.hash(raw, 0));
          return null;
        });
  }

  /**
   * Stores the block's watched outputs, growing descriptor windows (and rescanning) as they get
   * used.
   */
  private List<byte[]> connectOutputs(Connection c, int height, byte[] raw) throws SQLException {
    while (true) {
      ScanResult result = scanner.scan(raw);
      List<byte[]> candidates = new ArrayList<>();
      for (int m = 0; m < result.outputMatches(); m++) {
        int off = result.outputScriptOffset(m);
        candidates.add(Arrays.copyOfRange(raw, off, off + result.outputScriptLength(m)));
      }
      Map<String, IndexStore.WatchedScript> confirmed = IndexStore.confirm(c, candidates);
      if (growWindows(c, confirmed)) {
        continue;
      }
      List<byte[]> newOutpoints = new ArrayList<>();
      for (int m = 0; m < result.outputMatches(); m++) {
        byte[] script = candidates.get(m);
        if (confirmed.containsKey(Hex.encode(script))) {
          byte[] txid = result.txid(result.outputTx(m));
          int vout = result.outputIndex(m);
          IndexStore.insertOutput(
              c, txid, vout, height, script, result.outputValue(m), result.outputTx(m) == 0);
          newOutpoints.add(IndexStore.outpoint(txid, vout));
        }
      }
      return newOutpoints;
    }
  }

  private boolean growWindows(Connection c, Map<String, IndexStore.WatchedScript> confirmed)
      throws SQLException {
    boolean grew = false;
    for (IndexStore.WatchedScript watched : confirmed.values()) {
      if (watched.descriptor() == null || watched.index() == null) {
        continue;
      }
      IndexStore.WatchedDescriptor d = IndexStore.descriptor(c, watched.descriptor());
      if (d == null || watched.index() <= d.highestUsed()) {
        continue;
      }
      int wanted = watched.index() + d.gapLimit();
      if (wanted > d.derivedUpto()) {
        deriveRange(c, d.descriptor(), d.label(), d.derivedUpto() + 1, wanted);
        grew = true;
      }
      IndexStore.upsertDescriptor(
          c,
          new IndexStore.WatchedDescriptor(
              d.descriptor(),
              d.label(),
              d.gapLimit(),
              Math.max(wanted, d.derivedUpto()),
              watched.index()));
    }
    return grew;
  }

  private static long headerTime(byte[] raw) {
    return (raw[68] & 0xffL)
        | (raw[69] & 0xffL) << 8
        | (raw[70] & 0xffL) << 16
        | (raw[71] & 0xffL) << 24;
  }

  /** Every indexed output paying {@code script}, oldest first. */
  public List<IndexedOutput> outputs(byte[] script) {
    return inTransaction(
        c -> {
          List<IndexedOutput> found = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT txid, vout, height, script, value_sat, coinbase, spent_txid, spent_vin, spent_height"
                      + " FROM chain.outputs WHERE script = ? ORDER BY height, txid, vout")) {
            s.setBytes(1, script);
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                found.add(row(rs));
              }
            }
          }
          return found;
        });
  }

  @Override
  public java.util.Optional<java.time.Instant> blockTime(int height) {
    return inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("SELECT time FROM chain.blocks WHERE height = ?")) {
            s.setInt(1, height);
            try (ResultSet rs = s.executeQuery()) {
              return rs.next()
                  ? java.util.Optional.of(java.time.Instant.ofEpochSecond(rs.getLong(1)))
                  : java.util.Optional.<java.time.Instant>empty();
            }
          }
        });
  }

  @Override
  public List<IndexedOutput> outputsOfDescriptor(String descriptor) {
    return inTransaction(
        c -> {
          List<IndexedOutput> found = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT o.txid, o.vout, o.height, o.script, o.value_sat, o.coinbase, o.spent_txid,"
                      + " o.spent_vin, o.spent_height FROM chain.outputs o JOIN chain.watched_scripts w"
                      + " ON w.script = o.script WHERE w.descriptor = ? ORDER BY o.height, o.txid, o.vout")) {
            s.setString(1, descriptor);
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                found.add(row(rs));
              }
            }
          }
          return found;
        });
  }

  /** The unspent watched outputs, ordered, as a stable fingerprint of the UTXO set. */
  public List<IndexedOutput> unspentOutputs() {
    return inTransaction(
        c -> {
          List<IndexedOutput> found = new ArrayList<>();
          try (PreparedStatement s =
                  c.prepareStatement(
                      "SELECT txid, vout, height, script, value_sat, coinbase, spent_txid, spent_vin, spent_height"
                          + " FROM chain.outputs WHERE spent_txid IS NULL ORDER BY txid, vout");
              ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              found.add(row(rs));
            }
          }
          return found;
        });
  }

  public BlockHash indexedTipHash() {
    byte[] hash = inTransaction(c -> IndexStore.checkpoint(c).hash());
    return hash == null ? null : BlockHash.fromInternalBytes(hash);
  }

  private static IndexedOutput row(ResultSet rs) throws SQLException {
    byte[] spent = rs.getBytes(7);
    int spentHeight = rs.getInt(9);
    return new IndexedOutput(
        new OutPoint(Txid.fromInternalBytes(rs.getBytes(1)), rs.getInt(2)),
        rs.getInt(3),
        rs.getBytes(4),
        Sats.of(rs.getLong(5)),
        rs.getBoolean(6),
        spent == null ? null : new OutPoint(Txid.fromInternalBytes(spent), rs.getInt(8)),
        spent == null ? null : spentHeight);
  }

  private <T> T inTransaction(SqlWork<T> work) {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try {
        T value = work.run(c);
        c.commit();
        return value;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IndexException("index database failed: " + e.getMessage(), e);
    }
  }

  @FunctionalInterface
  private interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }
}
