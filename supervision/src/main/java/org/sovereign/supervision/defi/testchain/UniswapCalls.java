package org.sovereign.supervision.defi.testchain;

import static org.sovereign.supervision.defi.testchain.Abi.address;
import static org.sovereign.supervision.defi.testchain.Abi.uint;

import java.math.BigInteger;
import java.util.List;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicArray;

/** Call data for the Uniswap V2 Router02 functions the scenario uses. */
final class UniswapCalls {
  /** Far beyond any block timestamp: the scenario's swaps never expire. */
  static final BigInteger DEADLINE = BigInteger.TWO.pow(64);

  private UniswapCalls() {}

  /** Sells exactly {@code amountIn} of {@code in} for as much {@code out} as the pool gives. */
  static String swapExactIn(BigInteger amountIn, String in, String out, String recipient) {
    return Abi.call(
        "swapExactTokensForTokens",
        uint(amountIn),
        uint(BigInteger.ZERO),
        new DynamicArray<>(Address.class, List.of(address(in), address(out))),
        address(recipient),
        uint(DEADLINE));
  }

  /** Adds exactly {@code amountA} and {@code amountB} (the first liquidity sets the price). */
  static String addLiquidity(
      String tokenA, String tokenB, BigInteger amountA, BigInteger amountB, String recipient) {
    return Abi.call(
        "addLiquidity",
        address(tokenA),
        address(tokenB),
        uint(amountA),
        uint(amountB),
        uint(amountA),
        uint(amountB),
        address(recipient),
        uint(DEADLINE));
  }
}
