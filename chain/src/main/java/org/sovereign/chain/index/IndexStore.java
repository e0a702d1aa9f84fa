package org.sovereign.chain.index;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sovereign.base.Hex;

/** The index's SQL, each method inside the caller's transaction. */
final class IndexStore {
  private IndexStore() {}

  record Checkpoint(int height, byte[] hash) {}

  record WatchedScript(byte[] script, String label, String descriptor, Integer index) {}

  record WatchedDescriptor(
      String descriptor, String label, int gapLimit, int derivedUpto, int highestUsed) {}

  static Checkpoint checkpoint(Connection c) throws SQLException {
    try (PreparedStatement s =
            c.prepareStatement(
                "SELECT height, hash FROM chain.checkpoint WHERE id = 1 FOR UPDATE");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return new Checkpoint(rs.getInt(1), rs.getBytes(2));
    }
  }

  static void setCheckpoint(Connection c, int height, byte[] hash) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("UPDATE chain.checkpoint SET height = ?, hash = ? WHERE id = 1")) {
      s.setInt(1, height);
      s.setBytes(2, hash);
      s.executeUpdate();
    }
  }

  static byte[] blockHashAt(Connection c, int height) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT hash FROM chain.blocks WHERE height = ?")) {
      s.setInt(1, height);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getBytes(1) : null;
      }
    }
  }

  static void insertBlock(Connection c, int height, byte[] hash, byte[] prev, long time)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO chain.blocks (height, hash, prev_hash, time) VALUES (?, ?, ?, ?)")) {
      s.setInt(1, height);
      s.setBytes(2, hash);
      s.setBytes(3, prev);
      s.setLong(4, time);
      s.executeUpdate();
    }
  }

  /** Removes everything block {@code height} added and undoes the spends it made. */
  static void disconnect(Connection c, int height) throws SQLException {
    execute(c, "DELETE FROM chain.outputs WHERE height = ?", height);
    execute(
        c,
        "UPDATE chain.outputs SET spent_txid = NULL, spent_vin = NULL, spent_height = NULL WHERE spent_height = ?",
        height);
    execute(c, "DELETE FROM chain.blocks WHERE height = ?", height);
  }

  private static void execute(Connection c, String sql, int height) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setInt(1, height);
      s.executeUpdate();
    }
  }

  static void insertOutput(
      Connection c, byte[] txid, int vout, int height, byte[] script, long value, boolean coinbase)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO chain.outputs (txid, vout, height, script, value_sat, coinbase) VALUES (?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (txid, vout) DO NOTHING")) {
      s.setBytes(1, txid);
      s.setInt(2, vout);
      s.setInt(3, height);
      s.setBytes(4, script);
      s.setLong(5, value);
      s.setBoolean(6, coinbase);
      s.executeUpdate();
    }
  }

  /**
   * Marks an indexed output spent; false when the outpoint is not one of ours (a false candidate).
   */
  static boolean markSpent(Connection c, byte[] txid, int vout, byte[] spender, int vin, int height)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE chain.outputs SET spent_txid = ?, spent_vin = ?, spent_height = ?"
                + " WHERE txid = ? AND vout = ? AND spent_txid IS NULL")) {
      s.setBytes(1, spender);
      s.setInt(2, vin);
      s.setInt(3, height);
      s.setBytes(4, txid);
      s.setInt(5, vout);
      return s.executeUpdate() == 1;
    }
  }

  /** Which of the candidate scripts are really watched. */
  static Map<String, WatchedScript> confirm(Connection c, List<byte[]> candidates)
      throws SQLException {
    Map<String, WatchedScript> found = new HashMap<>();
    if (candidates.isEmpty()) {
      return found;
    }
    for (int start = 0; start < candidates.size(); start += 500) {
      List<byte[]> chunk = candidates.subList(start, Math.min(candidates.size(), start + 500));
      String placeholders = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT script, label, descriptor, idx FROM chain.watched_scripts WHERE script IN ("
                  + placeholders
                  + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          s.setBytes(i + 1, chunk.get(i));
        }
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            byte[] script = rs.getBytes(1);
            int idx = rs.getInt(4);
            found.put(
                Hex.encode(script),
                new WatchedScript(
                    script, rs.getString(2), rs.getString(3), rs.wasNull() ? null : idx));
          }
        }
      }
    }
    return found;
  }

  static boolean addWatchedScript(
      Connection c, byte[] script, String label, String descriptor, Integer index)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO chain.watched_scripts (script, label, descriptor, idx) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (script) DO NOTHING")) {
      s.setBytes(1, script);
      s.setString(2, label);
      s.setString(3, descriptor);
      if (index == null) {
        s.setNull(4, java.sql.Types.INTEGER);
      } else {
        s.setInt(4, index);
      }
      return s.executeUpdate() == 1;
    }
  }

  static WatchedDescriptor descriptor(Connection c, String descriptor) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT descriptor, label, gap_limit, derived_upto, highest_used FROM chain.watched_descriptors"
                + " WHERE descriptor = ? FOR UPDATE")) {
      s.setString(1, descriptor);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next()
            ? new WatchedDescriptor(
                rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5))
            : null;
      }
    }
  }

  static void upsertDescriptor(Connection c, WatchedDescriptor d) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO chain.watched_descriptors (descriptor, label, gap_limit, derived_upto, highest_used)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (descriptor) DO UPDATE SET"
                + " derived_upto = EXCLUDED.derived_upto, highest_used = EXCLUDED.highest_used")) {
      s.setString(1, d.descriptor());
      s.setString(2, d.label());
      s.setInt(3, d.gapLimit());
      s.setInt(4, d.derivedUpto());
      s.setInt(5, d.highestUsed());
      s.executeUpdate();
    }
  }

  static List<byte[]> allWatchedScripts(Connection c) throws SQLException {
    List<byte[]> scripts = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT script FROM chain.watched_scripts");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        scripts.add(rs.getBytes(1));
      }
    }
    return scripts;
  }

  /**
   * 36-byte outpoints (txid in internal order, then the index little-endian) of unspent outputs.
   */
  static List<byte[]> unspentOutpoints(Connection c) throws SQLException {
    List<byte[]> outpoints = new ArrayList<>();
    try (PreparedStatement s =
            c.prepareStatement("SELECT txid, vout FROM chain.outputs WHERE spent_txid IS NULL");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        outpoints.add(outpoint(rs.getBytes(1), rs.getInt(2)));
      }
    }
    return outpoints;
  }

  static byte[] outpoint(byte[] txid, int vout) {
    byte[] out = new byte[36];
    System.arraycopy(txid, 0, out, 0, 32);
    for (int i = 0; i < 4; i++) {
      out[32 + i] = (byte) (vout >>> (8 * i));
    }
    return out;
  }
}
