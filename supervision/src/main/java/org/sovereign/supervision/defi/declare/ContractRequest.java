package org.sovereign.supervision.defi.declare;

import java.util.List;

/**
 * One declared contract, as submitted. By kind: a TOKEN has {@code symbol}, {@code decimals} and a
 * {@code scope} (all its logs, or only transfers touching the platform's pools and treasuries); a
 * POOL (Uniswap V2 pair) has {@code token0}, {@code token1} and the {@code quote} one of them its
 * value is measured in; an ORACLE has the answer's {@code decimals} and the {@code token} it prices
 * (in the quote asset of the pools pairing it); a TREASURY has the {@code tokens} it holds and a
 * {@code quote} token among them.
 */
public record ContractRequest(
    String address,
    String kind,
    String label,
    String symbol,
    Integer decimals,
    String scope,
    String token0,
    String token1,
    String quote,
    String token,
    List<String> tokens) {

  public static ContractRequest token(String address, String label, String symbol, int decimals) {
    return new ContractRequest(
        address, "token", label, symbol, decimals, null, null, null, null, null, null);
  }

  public static ContractRequest pool(
      String address, String label, String token0, String token1, String quote) {
    return new ContractRequest(
        address, "pool", label, null, null, null, token0, token1, quote, null, null);
  }

  public static ContractRequest oracle(String address, String label, int decimals, String token) {
    return new ContractRequest(
        address, "oracle", label, null, decimals, null, null, null, null, token, null);
  }

  public static ContractRequest treasury(
      String address, String label, List<String> tokens, String quote) {
    return new ContractRequest(
        address, "treasury", label, null, null, null, null, null, quote, null, tokens);
  }

  public static ContractRequest proxy(String address, String label) {
    return new ContractRequest(
        address, "proxy", label, null, null, null, null, null, null, null, null);
  }
}
