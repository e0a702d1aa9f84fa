package org.sovereign.chain.bip322;

import org.sovereign.base.Network;

/**
 * BIP-322 generic signed messages: verify that a signature proves control of an address for a
 * message, and sign messages with a single key.
 *
 * <p>Verification never throws for bad input: a malformed address or signature gives an {@link
 * VerificationResult.Status#INVALID} result whose {@link VerificationResult.Reason} and message say
 * what is wrong.
 */
public final class Bip322 {
  private Bip322() {}

  /**
   * Checks {@code signature} ({@code smp}, {@code ful} or {@code pof} followed by base64, or
   * unprefixed base64 of a witness stack or transaction) for {@code message} (UTF-8) and {@code
   * address} on {@code network}.
   */
  public static VerificationResult verify(
      String address, String message, String signature, Network network) {
    return Bip322Verifier.verify(address, message, signature, network);
  }

  /**
   * A simple signature ({@code smp} + base64 witness stack) by the WIF key {@code privateKeyWif} of
   * a p2wpkh or p2tr (key path, BIP-86) {@code address}.
   *
   * @throws IllegalArgumentException if the key or address is malformed, the key does not control
   *     the address, or the address kind cannot be signed with one key
   */
  public static String signSimple(
      String privateKeyWif, String address, String message, Network network) {
    return Bip322Signer.signSimple(privateKeyWif, address, message, network);
  }

  /**
   * A full signature ({@code ful} + base64 signed to_sign) by the WIF key {@code privateKeyWif} of
   * a p2pkh, p2wpkh or p2tr (key path) {@code address}.
   *
   * @throws IllegalArgumentException as {@link #signSimple}
   */
  public static String signFull(
      String privateKeyWif, String address, String message, Network network) {
    return Bip322Signer.signFull(privateKeyWif, address, message, network);
  }
}
