package org.sovereign.supervision.defi.testchain;

import java.math.BigInteger;
import org.web3j.crypto.Credentials;

/**
 * One transaction to send in a batch: sender, target, call data and a fixed gas limit (batches skip
 * gas estimation for speed). {@code label} names it in errors.
 */
public record Call(String label, Credentials from, String to, String data, BigInteger gasLimit) {
  public static Call of(String label, Credentials from, String to, String data, long gasLimit) {
    return new Call(label, from, to, data, BigInteger.valueOf(gasLimit));
  }
}
