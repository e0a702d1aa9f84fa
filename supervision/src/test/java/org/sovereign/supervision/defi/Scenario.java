package org.sovereign.supervision.defi;

import static org.sovereign.supervision.defi.sim.EventLogs.DEFAULT_ADMIN_ROLE;
import static org.sovereign.supervision.defi.sim.EventLogs.ZERO_ADDRESS;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.sovereign.supervision.defi.declare.AdminRequest;
import org.sovereign.supervision.defi.declare.ContractRequest;
import org.sovereign.supervision.defi.declare.PlatformRequest;
import org.sovereign.supervision.defi.sim.EventLogs;
import org.sovereign.supervision.defi.sim.InMemoryChain;
import org.sovereign.supervision.defi.sim.InMemoryChain.Tx;
import org.sovereign.supervision.defi.sim.LogSpec;

/**
 * A small DeFi platform on an in-memory chain: a governance token with roles (GOV), a stablecoin
 * (USDC, 6 decimals) and WETH, a USDC/WETH pool priced by a WETH/USD oracle, a treasury, a proxy
 * and a multisig admin. Deployed in block 1 (the baseline); helpers mine ordinary activity.
 */
final class Scenario {
  static final long CHAIN_ID = 31337;
  static final String DEPLOYER = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";
  static final String MULTISIG = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";
  static final String USER = "0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc";
  static final String ATTACKER = "0x90f79bf6eb2c4f870365e785982e1f101e93b906";
  static final String GOV = "0x5fbdb2315678afecb367f032d93f642f64180aa3";
  static final String USDC = "0xe7f1725e7734ce288f8367e1bb143e90bb3f0512";
  static final String WETH = "0x9fe46736679d2d9a65f0992f2272de9f3c7fa6e0";
  static final String POOL = "0xcf7ed3acca5a467e9e704c703e8d87f634fb0fc9";
  static final String ORACLE = "0xdc64a140aa3e981100a9beca4e685f962f0cf6c9";
  static final String TREASURY = "0x5fc8d32690cc91d4c39d9d3abcbd16989f875707";
  static final String PROXY = "0x0165878a594ca255338adfa4d48449f69242eb8f";
  static final BigInteger USDC_UNIT = BigInteger.TEN.pow(6);
  static final BigInteger WETH_UNIT = BigInteger.TEN.pow(18);

  final InMemoryChain chain;
  BigInteger poolUsdc = usdc(2_000_000);
  BigInteger poolWeth = weth(1_000);

  Scenario() {
    this.chain =
        new InMemoryChain(CHAIN_ID, Instant.parse("2026-03-01T00:00:00Z"), Duration.ofSeconds(12));
  }

  static BigInteger usdc(long whole) {
    return USDC_UNIT.multiply(BigInteger.valueOf(whole));
  }

  static BigInteger weth(long whole) {
    return WETH_UNIT.multiply(BigInteger.valueOf(whole));
  }

  static PlatformRequest declaration(long start, Long baseline) {
    return new PlatformRequest(
        CHAIN_ID,
        start,
        baseline,
        List.of(
            ContractRequest.token(GOV, "Governance token", "GOV", 18),
            ContractRequest.token(USDC, "USD Coin", "USDC", 6),
            ContractRequest.token(WETH, "Wrapped ether", "WETH", 18),
            ContractRequest.pool(POOL, "USDC/WETH pool", USDC, WETH, USDC),
            ContractRequest.oracle(ORACLE, "WETH/USD feed", 8, WETH),
            ContractRequest.treasury(TREASURY, "Treasury", List.of(USDC, WETH), USDC),
            ContractRequest.proxy(PROXY, "Vault proxy")),
        List.of(new AdminRequest(MULTISIG, "Multisig")));
  }

  /** Block 1: roles at deployment, the initial mint, the pool seeded, the oracle's first answer. */
  void deploy() {
    chain.mine(
        Tx.of(
            DEPLOYER,
            null,
            EventLogs.roleGranted(GOV, DEFAULT_ADMIN_ROLE, DEPLOYER, DEPLOYER),
            EventLogs.roleGranted(GOV, EventLogs.role("MINTER_ROLE"), DEPLOYER, DEPLOYER),
            EventLogs.roleGranted(GOV, EventLogs.role("PAUSER_ROLE"), DEPLOYER, DEPLOYER),
            EventLogs.transfer(GOV, ZERO_ADDRESS, DEPLOYER, weth(1_000_000))),
        Tx.of(
            DEPLOYER,
            PROXY,
            EventLogs.upgraded(PROXY, USER),
            EventLogs.adminChanged(PROXY, ZERO_ADDRESS, DEPLOYER)),
        Tx.of(
            DEPLOYER,
            POOL,
            EventLogs.transfer(USDC, DEPLOYER, POOL, poolUsdc),
            EventLogs.transfer(WETH, DEPLOYER, POOL, poolWeth),
            EventLogs.sync(POOL, poolUsdc, poolWeth),
            EventLogs.liquidityAdded(POOL, DEPLOYER, poolUsdc, poolWeth)),
        Tx.of(DEPLOYER, ORACLE, answer(2_000_00000000L, 1)),
        Tx.of(
            DEPLOYER,
            TREASURY,
            EventLogs.transfer(USDC, DEPLOYER, TREASURY, usdc(500_000)),
            EventLogs.transfer(WETH, DEPLOYER, TREASURY, weth(100))));
  }

  static LogSpec answer(long answer, long round) {
    return EventLogs.answerUpdated(
        ORACLE, BigInteger.valueOf(answer), BigInteger.valueOf(round), BigInteger.valueOf(round));
  }

  /**
   * A swap of {@code usdcIn} for WETH at the pool's constant product (0.3 % fee), as the router
   * does it: tokens in, tokens out, Sync, Swap.
   */
  Tx swapUsdcForWeth(String trader, BigInteger usdcIn) {
    BigInteger inWithFee = usdcIn.multiply(BigInteger.valueOf(997));
    BigInteger out =
        inWithFee
            .multiply(poolWeth)
            .divide(poolUsdc.multiply(BigInteger.valueOf(1000)).add(inWithFee));
    poolUsdc = poolUsdc.add(usdcIn);
    poolWeth = poolWeth.subtract(out);
    return Tx.of(
        trader,
        POOL,
        EventLogs.transfer(USDC, trader, POOL, usdcIn),
        EventLogs.transfer(WETH, POOL, trader, out),
        EventLogs.sync(POOL, poolUsdc, poolWeth),
        EventLogs.swap(POOL, trader, usdcIn, BigInteger.ZERO, BigInteger.ZERO, out, trader));
  }

  /** A swap of {@code wethIn} for USDC. */
  Tx swapWethForUsdc(String trader, BigInteger wethIn) {
    BigInteger inWithFee = wethIn.multiply(BigInteger.valueOf(997));
    BigInteger out =
        inWithFee
            .multiply(poolUsdc)
            .divide(poolWeth.multiply(BigInteger.valueOf(1000)).add(inWithFee));
    poolWeth = poolWeth.add(wethIn);
    poolUsdc = poolUsdc.subtract(out);
    return Tx.of(
        trader,
        POOL,
        EventLogs.transfer(WETH, trader, POOL, wethIn),
        EventLogs.transfer(USDC, POOL, trader, out),
        EventLogs.sync(POOL, poolUsdc, poolWeth),
        EventLogs.swap(POOL, trader, BigInteger.ZERO, wethIn, out, BigInteger.ZERO, trader));
  }

  /** Takes tokens out of the pool without anything in (what a drain looks like). */
  Tx drain(String to, BigInteger usdcOut, BigInteger wethOut) {
    poolUsdc = poolUsdc.subtract(usdcOut);
    poolWeth = poolWeth.subtract(wethOut);
    return Tx.of(
        to,
        POOL,
        EventLogs.transfer(USDC, POOL, to, usdcOut),
        EventLogs.transfer(WETH, POOL, to, wethOut),
        EventLogs.sync(POOL, poolUsdc, poolWeth));
  }

  /** A user transfer of GOV between outsiders. */
  static Tx govTransfer(String from, String to, BigInteger amount) {
    return Tx.of(from, GOV, EventLogs.transfer(GOV, from, to, amount));
  }
}
