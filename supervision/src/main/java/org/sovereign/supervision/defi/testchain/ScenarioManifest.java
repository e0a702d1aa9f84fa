package org.sovereign.supervision.defi.testchain;

import java.util.List;

/**
 * Every address of the deployed DeFi scenario by role, lower-case {@code 0x}-hex, plus where to
 * start scanning. This is what a DeFi platform declaration is built from.
 *
 * @param chainId the node's chain id (31337 for anvil)
 * @param deploymentBlock the block of the first deployment: scan logs from here
 * @param admin deployer; holds the tokens' admin, minter and pauser roles, owns the oracle, the
 *     ProxyAdmin and the treasury, and provides the pool's liquidity
 * @param outsider an EOA with no declared role, the attacker of the incident steps
 * @param traders EOAs of the benign activity
 * @param sanctioned an Ethereum address on the OFAC SDN list (receives the proceeds)
 * @param weth WETH9, needed by the Uniswap V2 router
 * @param usdx the stable token (OpenZeppelin ERC20PresetMinterPauser, 18 decimals)
 * @param pkrt the protocol token (ERC20PresetMinterPauser, 18 decimals, pausable)
 * @param uniswapFactory Uniswap V2 factory
 * @param uniswapRouter Uniswap V2 Router02
 * @param pair the PKRT/USDX Uniswap V2 pair
 * @param oracle the PKRT/USD price feed (Chainlink interface, {@code oracleDecimals} decimals)
 * @param oracleDecimals decimals of the oracle's answers
 * @param treasury the treasury: a TransparentUpgradeableProxy in front of a TreasuryVault, holding
 *     USDX and PKRT
 * @param proxyAdmin the OpenZeppelin ProxyAdmin of {@code treasury}
 * @param treasuryImplementation TreasuryVault, the implementation at deployment
 * @param treasuryImplementationV2 TreasuryVaultV2, the implementation {@code upgradeProxy} installs
 */
public record ScenarioManifest(
    long chainId,
    long deploymentBlock,
    String admin,
    String outsider,
    List<String> traders,
    String sanctioned,
    String weth,
    String usdx,
    String pkrt,
    String uniswapFactory,
    String uniswapRouter,
    String pair,
    String oracle,
    int oracleDecimals,
    String treasury,
    String proxyAdmin,
    String treasuryImplementation,
    String treasuryImplementationV2) {
  public ScenarioManifest {
    traders = List.copyOf(traders);
  }
}
