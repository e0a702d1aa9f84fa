package org.sovereign.supervision.solvency;

import java.util.Arrays;

/**
 * One non-negative amount per asset, in each asset's smallest unit, in the snapshot's asset order:
 * a customer's balances or a subtree's sums. Immutable.
 */
public final class Amounts {
  private final long[] values;

  private Amounts(long[] values) {
    this.values = values;
  }

  /** The given amounts; throws when there are none, more than 16, or any is negative. */
  public static Amounts of(long... values) {
    if (values.length < 1 || values.length > SolvencyFormat.MAX_ASSETS) {
      throw new IllegalArgumentException(
          "an amount list has 1.." + SolvencyFormat.MAX_ASSETS + " entries, not " + values.length);
    }
    for (int i = 0; i < values.length; i++) {
      if (values[i] < 0) {
        throw new IllegalArgumentException(
            "amount of asset " + (i + 1) + " is negative: " + values[i]);
      }
    }
    return new Amounts(values.clone());
  }

  public int size() {
    return values.length;
  }

  /** The amount of asset {@code index}, counted from 0. */
  public long get(int index) {
    return values[index];
  }

  public long[] toArray() {
    return values.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Amounts other && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return Arrays.toString(values);
  }
}
