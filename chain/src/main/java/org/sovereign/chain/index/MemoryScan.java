package org.sovereign.chain.index;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sovereign.base.BlockHash;
import org.sovereign.chain.scan.BlockHeaders;
import org.sovereign.chain.scan.BlockScanner;
import org.sovereign.chain.scan.ScanResult;
import org.sovereign.chain.scan.WatchSet;
import org.sovereign.chain.source.ChainSource;
import org.sovereign.chain.source.ChainSourceException;

/**
 * A one-off backfill without a database: scans a height range of a chain source for the scripts of
 * some descriptors (windows growing to used index + gap limit) and keeps their unspent outputs in
 * memory. What {@code sovereign chain scan} runs; an outsider can use it to check a balance the
 * platform publishes.
 */
public final class MemoryScan {
  private final ScriptDeriver deriver;
  private final List<String> descriptors;
  private final int gapLimit;
  private final WatchSet scriptSet = new WatchSet(1 << 12);
  private final WatchSet outpointSet = new WatchSet(1 << 12);
  private final BlockScanner scanner = new BlockScanner(scriptSet, outpointSet);
  private final Map<ByteBuffer, int[]> scripts = new HashMap<>();
  private final Map<ByteBuffer, Unspent> unspent = new HashMap<>();
  private final int[] derivedUpto;
  private final int[] highestUsed;

  /** An unspent output found by the scan. */
  public record Unspent(int descriptor, int index, long valueSat, int height) {}

  /** Per-descriptor totals at the end of a scan. */
  public record Balance(String descriptor, long valueSat, int outputs, int highestUsedIndex) {}

  public MemoryScan(List<String> descriptors, ScriptDeriver deriver, int gapLimit) {
    this.descriptors = List.copyOf(descriptors);
    this.deriver = deriver;
    this.gapLimit = gapLimit;
    this.derivedUpto = new int[descriptors.size()];
    this.highestUsed = new int[descriptors.size()];
    Arrays.fill(derivedUpto, -1);
    Arrays.fill(highestUsed, -1);
    for (int d = 0; d < descriptors.size(); d++) {
      derive(d, gapLimit - 1);
    }
  }

  private void derive(int d, int upto) {
    for (int i = derivedUpto[d] + 1; i <= upto; i++) {
      byte[] script = deriver.scriptAt(descriptors.get(d), i);
      scripts.put(ByteBuffer.wrap(script), new int[] {d, i});
      scriptSet.add(script);
    }
    derivedUpto[d] = Math.max(derivedUpto[d], upto);
  }

  /** Scans heights {@code from..to} inclusive; {@code progress} is told after each block. */
  public void scan(ChainSource source, int from, int to, SyncProgress progress) {
    for (int height = from; height <= to; height++) {
      int h = height;
      BlockHash hash =
          source
              .blockHash(height)
              .orElseThrow(() -> new ChainSourceException("source has no block at height " + h));
      byte[] raw =
          source
              .rawBlock(hash)
              .orElseThrow(() -> new ChainSourceException("source lost block " + hash));
      if (!Arrays.equals(BlockHeaders.hash(raw, 0), hash.internalBytes())) {
        throw new ChainSourceException("source returned a block that does not hash to " + hash);
      }
      block(raw, height);
      progress.blockConnected(height, to, raw.length);
    }
  }

  private void block(byte[] raw, int height) {
    ScanResult result;
    boolean grew;
    do {
      grew = false;
      result = scanner.scan(raw);
      for (int m = 0; m < result.outputMatches(); m++) {
        int[] owner = owner(raw, result, m);
        if (owner != null && owner[1] > highestUsed[owner[0]]) {
          highestUsed[owner[0]] = owner[1];
          if (owner[1] + gapLimit > derivedUpto[owner[0]]) {
            derive(owner[0], owner[1] + gapLimit);
            grew = true;
          }
        }
      }
    } while (grew);
    for (int m = 0; m < result.outputMatches(); m++) {
      int[] owner = owner(raw, result, m);
      if (owner != null) {
        byte[] outpoint =
            IndexStore.outpoint(result.txid(result.outputTx(m)), result.outputIndex(m));
        unspent.put(
            ByteBuffer.wrap(outpoint),
            new Unspent(owner[0], owner[1], result.outputValue(m), height));
        outpointSet.add(outpoint);
      }
    }
    result = scanner.scan(raw);
    for (int m = 0; m < result.spendMatches(); m++) {
      int off = result.spendOutpointOffset(m);
      unspent.remove(ByteBuffer.wrap(Arrays.copyOfRange(raw, off, off + 36)));
    }
  }

  private int[] owner(byte[] raw, ScanResult result, int match) {
    int off = result.outputScriptOffset(match);
    return scripts.get(
        ByteBuffer.wrap(Arrays.copyOfRange(raw, off, off + result.outputScriptLength(match))));
  }

  public List<Balance> balances() {
    List<Balance> balances = new ArrayList<>();
    for (int d = 0; d < descriptors.size(); d++) {
      int desc = d;
      List<Unspent> mine = unspent.values().stream().filter(u -> u.descriptor() == desc).toList();
      balances.add(
          new Balance(
              descriptors.get(d),
              mine.stream().mapToLong(Unspent::valueSat).sum(),
              mine.size(),
              highestUsed[d]));
    }
    return balances;
  }
}
