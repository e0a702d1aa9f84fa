package org.sovereign.supervision.solvency;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Reading and writing the big-endian sums of packed nodes, and adding them without wrapping. */
final class PackedNodes {
  private static final VarHandle U64 =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

  private PackedNodes() {}

  static long u64(byte[] bytes, int offset) {
    return (long) U64.get(bytes, offset);
  }

  static void putU64(byte[] bytes, int offset, long value) {
    U64.set(bytes, offset, value);
  }

  /**
   * Writes the sums of the nodes at {@code left} and {@code right} (offsets of whole packed nodes)
   * into the node at {@code out}; returns the first asset (from 0) whose sum would exceed 2^63-1,
   * or -1 when none does. Inputs are non-negative, so a negative result is an overflow.
   */
  static int addSums(byte[] l, int left, byte[] r, int right, byte[] o, int out, int assets) {
    int h = SolvencyFormat.HASH_BYTES;
    for (int a = 0; a < assets; a++) {
      long sum = u64(l, left + h + 8 * a) + u64(r, right + h + 8 * a);
      if (sum < 0) {
        return a;
      }
      putU64(o, out + h + 8 * a, sum);
    }
    return -1;
  }
}
