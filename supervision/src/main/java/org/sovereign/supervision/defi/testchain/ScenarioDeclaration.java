package org.sovereign.supervision.defi.testchain;

import java.util.List;
import org.sovereign.supervision.defi.declare.AdminRequest;
import org.sovereign.supervision.defi.declare.ChainRequest;
import org.sovereign.supervision.defi.declare.ContractRequest;
import org.sovereign.supervision.defi.declare.PlatformRequest;

/**
 * The scenario's platform as its operator would declare it to the Authority: the two tokens and
 * WETH, the PKRT/USDX pool measured in USDX, the PKRT/USD feed, the treasury (an upgradeable proxy
 * holding USDX and PKRT), the ProxyAdmin, and the deployer as the one admin account.
 */
public final class ScenarioDeclaration {
  private ScenarioDeclaration() {}

  /**
   * The chain, named {@code name}, at {@code rpcUrl}, final {@code confirmations} below the head.
   */
  public static ChainRequest chain(
      ScenarioManifest m, String name, String rpcUrl, int confirmations) {
    return new ChainRequest(m.chainId(), name, rpcUrl, confirmations);
  }

  /** The platform, followed from deployment, with {@code baselineBlock} as its deployed state. */
  public static PlatformRequest platform(ScenarioManifest m, long baselineBlock) {
    String token0 = m.pkrt().compareTo(m.usdx()) < 0 ? m.pkrt() : m.usdx();
    String token1 = token0.equals(m.pkrt()) ? m.usdx() : m.pkrt();
    return new PlatformRequest(
        m.chainId(),
        m.deploymentBlock(),
        baselineBlock,
        List.of(
            ContractRequest.token(m.pkrt(), "PKR Token (protocol token)", "PKRT", 18),
            ContractRequest.token(m.usdx(), "USD X Stablecoin", "USDX", 18),
            ContractRequest.pool(m.pair(), "PKRT/USDX Uniswap V2 pool", token0, token1, m.usdx()),
            ContractRequest.oracle(m.oracle(), "PKRT/USD price feed", m.oracleDecimals(), m.pkrt()),
            ContractRequest.treasury(
                m.treasury(),
                "Treasury (upgradeable proxy)",
                List.of(m.usdx(), m.pkrt()),
                m.usdx()),
            ContractRequest.proxy(m.proxyAdmin(), "ProxyAdmin of the treasury")),
        List.of(new AdminRequest(m.admin(), "Deployer and operations multisig")));
  }
}
