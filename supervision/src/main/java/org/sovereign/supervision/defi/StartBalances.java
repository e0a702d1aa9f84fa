package org.sovereign.supervision.defi;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sovereign.supervision.defi.declare.DeclaredContract;
import org.sovereign.supervision.defi.declare.Platform;
import org.sovereign.supervision.defi.decode.Words;
import org.sovereign.supervision.defi.rpc.EvmRpc;
import org.sovereign.supervision.defi.rpc.EvmRpcException;
import org.web3j.crypto.Hash;

/**
 * What pools and treasuries held just before a platform's start block, read with {@code eth_call}
 * ({@code getReserves()}, {@code balanceOf}): following from there is then exact even when the
 * start is long after deployment. An account without code then (not deployed yet) holds zero.
 */
final class StartBalances {
  private static final String GET_RESERVES = selector("getReserves()");
  private static final String BALANCE_OF = selector("balanceOf(address)");

  private StartBalances() {}

  static Map<String, Map<String, BigInteger>> read(EvmRpc rpc, Platform platform, long block) {
    Map<String, Map<String, BigInteger>> balances = new LinkedHashMap<>();
    for (DeclaredContract.Pool pool : platform.contracts(DeclaredContract.Pool.class)) {
      String result = call(rpc, pool.address(), GET_RESERVES, block);
      Map<String, BigInteger> reserves = new LinkedHashMap<>();
      reserves.put(pool.token0(), word(result, 0));
      reserves.put(pool.token1(), word(result, 1));
      balances.put(pool.address(), reserves);
    }
    for (DeclaredContract.Treasury t : platform.contracts(DeclaredContract.Treasury.class)) {
      Map<String, BigInteger> held = new LinkedHashMap<>();
      for (String token : t.tokens()) {
        String data = BALANCE_OF + "0".repeat(24) + t.address().substring(2);
        held.put(token, word(call(rpc, token, data, block), 0));
      }
      balances.put(t.address(), held);
    }
    return balances;
  }

  private static String call(EvmRpc rpc, String to, String data, long block) {
    try {
      return rpc.call(to, data, block);
    } catch (EvmRpcException e) {
      if (e.code() == 0) {
        throw e;
      }
      return "0x";
    }
  }

  private static BigInteger word(String hex, int i) {
    if (hex.length() < Words.at(i + 1)) {
      return BigInteger.ZERO;
    }
    BigInteger value = Words.uint(hex, Words.at(i));
    return value == null ? BigInteger.ZERO : value;
  }

  private static String selector(String signature) {
    return Hash.sha3String(signature).substring(0, 10);
  }
}
