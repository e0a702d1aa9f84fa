package org.sovereign.chain.scan;

import java.util.Arrays;

/**
 * What one scan found, in flat primitive arrays the scanner reuses from block to block: the txids
 * (and wtxids when asked), output totals, and the matched outputs and spends as offsets into the
 * block's bytes. Reading a match allocates nothing; copying it out is up to the caller.
 */
public final class ScanResult {
  int txCount;
  int segwitTxCount;
  long totalOutputValue;
  byte[] txids = new byte[32 * 4096];
  byte[] wtxids = new byte[32 * 4096];
  boolean wtxidsComputed;

  int outputMatches;
  int[] outputTx = new int[64];
  int[] outputIndex = new int[64];
  long[] outputValue = new long[64];
  int[] outputScriptOffset = new int[64];
  int[] outputScriptLength = new int[64];

  int spendMatches;
  int[] spendTx = new int[64];
  int[] spendInput = new int[64];
  int[] spendOutpointOffset = new int[64];

  void reset(boolean computeWtxids) {
    txCount = 0;
    segwitTxCount = 0;
    totalOutputValue = 0;
    outputMatches = 0;
    spendMatches = 0;
    wtxidsComputed = computeWtxids;
  }

  void ensureTxCapacity(int count) {
    if (txids.length < count * 32) {
      txids = Arrays.copyOf(txids, Math.max(count * 32, txids.length * 2));
      wtxids = Arrays.copyOf(wtxids, txids.length);
    }
  }

  void addOutputMatch(int tx, int index, long value, int scriptOffset, int scriptLength) {
    if (outputMatches == outputTx.length) {
      int n = outputMatches * 2;
      outputTx = Arrays.copyOf(outputTx, n);
      outputIndex = Arrays.copyOf(outputIndex, n);
      outputValue = Arrays.copyOf(outputValue, n);
      outputScriptOffset = Arrays.copyOf(outputScriptOffset, n);
      outputScriptLength = Arrays.copyOf(outputScriptLength, n);
    }
    outputTx[outputMatches] = tx;
    outputIndex[outputMatches] = index;
    outputValue[outputMatches] = value;
    outputScriptOffset[outputMatches] = scriptOffset;
    outputScriptLength[outputMatches] = scriptLength;
    outputMatches++;
  }

  void addSpendMatch(int tx, int input, int outpointOffset) {
    if (spendMatches == spendTx.length) {
      int n = spendMatches * 2;
      spendTx = Arrays.copyOf(spendTx, n);
      spendInput = Arrays.copyOf(spendInput, n);
      spendOutpointOffset = Arrays.copyOf(spendOutpointOffset, n);
    }
    spendTx[spendMatches] = tx;
    spendInput[spendMatches] = input;
    spendOutpointOffset[spendMatches] = outpointOffset;
    spendMatches++;
  }

  public int txCount() {
    return txCount;
  }

  public int segwitTxCount() {
    return segwitTxCount;
  }

  public long totalOutputValue() {
    return totalOutputValue;
  }

  /** Copies the txid of transaction {@code tx} (internal byte order) into {@code out}. */
  public void txid(int tx, byte[] out, int outOffset) {
    System.arraycopy(txids, tx * 32, out, outOffset, 32);
  }

  public byte[] txid(int tx) {
    return Arrays.copyOfRange(txids, tx * 32, tx * 32 + 32);
  }

  public byte[] wtxid(int tx) {
    if (!wtxidsComputed) {
      throw new IllegalStateException("wtxids were not computed in this scan");
    }
    return Arrays.copyOfRange(wtxids, tx * 32, tx * 32 + 32);
  }

  /** The txids back to back, 32 bytes each, for the merkle root. */
  public byte[] txidBytes() {
    return Arrays.copyOf(txids, txCount * 32);
  }

  public int outputMatches() {
    return outputMatches;
  }

  public int outputTx(int match) {
    return outputTx[match];
  }

  public int outputIndex(int match) {
    return outputIndex[match];
  }

  public long outputValue(int match) {
    return outputValue[match];
  }

  public int outputScriptOffset(int match) {
    return outputScriptOffset[match];
  }

  public int outputScriptLength(int match) {
    return outputScriptLength[match];
  }

  public int spendMatches() {
    return spendMatches;
  }

  public int spendTx(int match) {
    return spendTx[match];
  }

  public int spendInput(int match) {
    return spendInput[match];
  }

  /** Offset of the spent outpoint (32-byte txid then 4-byte index) in the block. */
  public int spendOutpointOffset(int match) {
    return spendOutpointOffset[match];
  }
}
