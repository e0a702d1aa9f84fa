package org.sovereign.supervision.solvency;

import java.util.List;

/**
 * What checking an inclusion proof found: {@link Valid} with what the proof shows, or {@link
 * Invalid} with the first problem in the order docs/proof-of-solvency.md lists them.
 */
public sealed interface Verification {
  boolean valid();

  /** The customer's leaf is in the tree whose root was expected, with these balances. */
  record Valid(
      String customerId,
      long leafIndex,
      int depth,
      Amounts balances,
      Amounts rootSums,
      List<String> assets)
      implements Verification {
    public Valid {
      assets = List.copyOf(assets);
    }

    @Override
    public boolean valid() {
      return true;
    }
  }

  /** The proof does not show inclusion; {@code detail} says exactly what is wrong. */
  record Invalid(Reason reason, String detail) implements Verification {
    @Override
    public boolean valid() {
      return false;
    }
  }

  /** Why a proof was rejected; the JavaScript verifier reports the same names. */
  enum Reason {
    BAD_EXPECTED_ROOT,
    TOO_LARGE,
    BAD_ENVELOPE,
    BAD_BASE64,
    TRUNCATED,
    BAD_MAGIC,
    BAD_ASSET_COUNT,
    BAD_DEPTH,
    BAD_LEAF_INDEX,
    BAD_CUSTOMER_ID,
    TRAILING_BYTES,
    AMOUNT_OUT_OF_RANGE,
    SUM_OVERFLOW,
    ROOT_HASH_MISMATCH,
    ROOT_SUMS_MISMATCH,
    UNEXPECTED_ROOT
  }
}
