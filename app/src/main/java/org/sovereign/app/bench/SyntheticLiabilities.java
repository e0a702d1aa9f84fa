package org.sovereign.app.bench;

/**
 * Deterministic fake customers for the solvency benchmarks: customer {@code i} is {@code
 * "customer-<i>"} with pseudo-random balances below 2^40 (so 10 million of them stay far below
 * 2^63), reproducible from the index alone so that proofs can be made after the build.
 */
public final class SyntheticLiabilities {
  private SyntheticLiabilities() {}

  public static String id(long customer) {
    return "customer-" + customer;
  }

  /** Writes customer {@code i}'s balances into {@code out} (one per asset) and returns it. */
  public static long[] balances(long customer, long[] out) {
    for (int a = 0; a < out.length; a++) {
      out[a] = mix(customer * 31 + a) & ((1L << 40) - 1);
    }
    return out;
  }

  private static long mix(long x) {
    long z = x + 0x9e3779b97f4a7c15L;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
