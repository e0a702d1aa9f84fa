package org.sovereign.chain.scan;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A fast 64-bit hash of byte ranges (multiply-xorshift over 8-byte words, murmur3's finaliser), for
 * watch-set lookups. It is not cryptographic: a collision only makes the scanner report a candidate
 * that the caller then compares byte for byte, never a missed match.
 */
public final class FastHash {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long M = 0x9E3779B97F4A7C15L;

  private FastHash() {}

  public static long hash(byte[] bytes, int offset, int length, long seed) {
    long h = seed ^ (length * M);
    int i = offset;
    int end = offset + length;
    while (i + 8 <= end) {
      long k = (long) LONGS.get(bytes, i);
      h ^= mix(k);
      h = Long.rotateLeft(h, 27) * M + 0x52dce729L;
      i += 8;
    }
    long tail = 0;
    int shift = 0;
    while (i < end) {
      tail |= (bytes[i++] & 0xFFL) << shift;
      shift += 8;
    }
    h ^= mix(tail);
    return finish(h);
  }

  private static long mix(long k) {
    k *= 0x87c37b91114253d5L;
    k = Long.rotateLeft(k, 31);
    return k * 0x4cf5ad432745937fL;
  }

  private static long finish(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
