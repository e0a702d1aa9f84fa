package org.sovereign.chain.scan;

import java.security.SecureRandom;

/**
 * A compact set of watched byte strings (output scripts, or 36-byte outpoints) kept as 64-bit
 * hashes in one open-addressing {@code long[]} table: 8 bytes per slot at a load of at most one
 * half, so a million entries take 16 MiB and no objects. A lookup hashes the bytes in place.
 * Membership is probabilistic in one direction only: every added string is found; a string never
 * added is reported with probability about {@code size / 2^64}, and callers confirm matches.
 */
public final class WatchSet {
  private static final long EMPTY = 0;
  private static final long SEED = new SecureRandom().nextLong();

  private long[] table;
  private int size;
  private int mask;

  public WatchSet(int expectedSize) {
    int capacity = Integer.highestOneBit(Math.max(16, expectedSize * 2 - 1)) << 1;
    table = new long[capacity];
    mask = capacity - 1;
  }

  public static long hashOf(byte[] bytes, int offset, int length) {
    long h = FastHash.hash(bytes, offset, length, SEED);
    return h == EMPTY ? 1 : h;
  }

  public void add(byte[] bytes) {
    addHash(hashOf(bytes, 0, bytes.length));
  }

  public void addHash(long hash) {
    if ((size + 1) * 2 > table.length) {
      grow();
    }
    if (insert(table, mask, hash)) {
      size++;
    }
  }

  public boolean contains(byte[] bytes, int offset, int length) {
    return containsHash(hashOf(bytes, offset, length));
  }

  public boolean containsHash(long hash) {
    int slot = (int) (hash ^ (hash >>> 32)) & mask;
    while (true) {
      long value = table[slot];
      if (value == hash) {
        return true;
      }
      if (value == EMPTY) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
  }

  public int size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  private static boolean insert(long[] table, int mask, long hash) {
    int slot = (int) (hash ^ (hash >>> 32)) & mask;
    while (true) {
      long value = table[slot];
      if (value == hash) {
        return false;
      }
      if (value == EMPTY) {
        table[slot] = hash;
        return true;
      }
      slot = (slot + 1) & mask;
    }
  }

  private void grow() {
    long[] bigger = new long[table.length * 2];
    int biggerMask = bigger.length - 1;
    for (long value : table) {
      if (value != EMPTY) {
        insert(bigger, biggerMask, value);
      }
    }
    table = bigger;
    mask = biggerMask;
  }
}
