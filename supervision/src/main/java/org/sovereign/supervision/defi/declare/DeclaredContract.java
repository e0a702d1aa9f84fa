package org.sovereign.supervision.defi.declare;

import java.util.List;

/** A contract of a declared platform; addresses are lower-case {@code 0x} hex. */
public sealed interface DeclaredContract {
  String address();

  String label();

  ContractKind kind();

  record Token(String address, String label, String symbol, int decimals, TokenScope scope)
      implements DeclaredContract {
    @Override
    public ContractKind kind() {
      return ContractKind.TOKEN;
    }
  }

  /** A Uniswap V2 pair; its value locked is twice its reserve of {@code quote}. */
  record Pool(String address, String label, String token0, String token1, String quote)
      implements DeclaredContract {
    @Override
    public ContractKind kind() {
      return ContractKind.POOL;
    }

    public boolean quoteIsToken0() {
      return quote.equals(token0);
    }

    /** The other token, priced in {@code quote}. */
    public String base() {
      return quoteIsToken0() ? token1 : token0;
    }
  }

  record Proxy(String address, String label) implements DeclaredContract {
    @Override
    public ContractKind kind() {
      return ContractKind.PROXY;
    }
  }

  /** A Chainlink-style aggregator: answers with {@code decimals}, pricing {@code token}. */
  record Oracle(String address, String label, int decimals, String token)
      implements DeclaredContract {
    @Override
    public ContractKind kind() {
      return ContractKind.ORACLE;
    }
  }

  /** An account holding {@code tokens}; its value is measured in {@code quote}. */
  record Treasury(String address, String label, List<String> tokens, String quote)
      implements DeclaredContract {
    public Treasury {
      tokens = List.copyOf(tokens);
    }

    @Override
    public ContractKind kind() {
      return ContractKind.TREASURY;
    }
  }
}
