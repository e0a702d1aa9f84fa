package org.sovereign.supervision.defi.testchain;

import static org.sovereign.supervision.defi.testchain.Abi.address;
import static org.sovereign.supervision.defi.testchain.Abi.uint;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Int256;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.utils.Numeric;

/** Deploys the scenario's contracts and seeds the pool, the treasury and the traders. */
final class ScenarioDeployer {
  static final int ORACLE_DECIMALS = 8;
  static final BigInteger ORACLE_START = BigInteger.valueOf(100_000_000L); // 1.00 USD per PKRT
  static final BigInteger POOL_SIDE = Tokens.units(1_000_000);
  static final BigInteger TREASURY_USDX = Tokens.units(5_000_000);
  static final BigInteger TREASURY_PKRT = Tokens.units(10_000_000);
  static final BigInteger TRADER_BALANCE = Tokens.units(100_000);

  private final EvmRpc rpc;
  private final Sender sender;
  private final Artifacts artifacts;
  private final Credentials admin;
  private final List<StepResult> steps = new ArrayList<>();

  ScenarioDeployer(EvmRpc rpc, Sender sender, Artifacts artifacts, Credentials admin) {
    this.rpc = rpc;
    this.sender = sender;
    this.artifacts = artifacts;
    this.admin = admin;
  }

  record Deployed(ScenarioManifest manifest, List<StepResult> steps) {}

  private record TokenSet(String weth, String usdx, String pkrt) {}

  private record Uniswap(String factory, String router) {}

  private record Treasury(
      String proxy, String proxyAdmin, String implementation, String implementationV2) {}

  Deployed deploy(Credentials outsider, List<Credentials> traders, String sanctioned) {
    long firstBlock = rpc.blockNumber() + 1;
    TokenSet tokens = deployTokens();
    Uniswap uniswap = deployUniswap(tokens.weth());
    String oracle = deployOracle();
    Treasury treasury = deployTreasury();
    String pair = createPool(uniswap, tokens.pkrt(), tokens.usdx());
    fundTreasury(treasury.proxy(), tokens.pkrt(), tokens.usdx());
    fundTraders(traders, uniswap.router(), tokens.pkrt(), tokens.usdx());
    ScenarioManifest manifest =
        new ScenarioManifest(
            sender.chainId(),
            firstBlock,
            lower(admin.getAddress()),
            lower(outsider.getAddress()),
            traders.stream().map(t -> lower(t.getAddress())).toList(),
            lower(sanctioned),
            tokens.weth(),
            tokens.usdx(),
            tokens.pkrt(),
            uniswap.factory(),
            uniswap.router(),
            pair,
            oracle,
            ORACLE_DECIMALS,
            treasury.proxy(),
            treasury.proxyAdmin(),
            treasury.implementation(),
            treasury.implementationV2());
    return new Deployed(manifest, steps);
  }

  private TokenSet deployTokens() {
    List<StepTx> txs = new ArrayList<>();
    ContractArtifact token = artifacts.openZeppelin("ERC20PresetMinterPauser");
    String weth = deploy(txs, "WETH9", artifacts.uniswapPeriphery("WETH9"), "");
    String usdx = deploy(txs, "USDX", token, tokenArgs("USD X Stablecoin", "USDX"));
    String pkrt = deploy(txs, "PKRT", token, tokenArgs("PKRT Protocol Token", "PKRT"));
    record("deployTokens", pkrt, txs);
    return new TokenSet(weth, usdx, pkrt);
  }

  private Uniswap deployUniswap(String weth) {
    List<StepTx> txs = new ArrayList<>();
    String factory =
        deploy(
            txs,
            "UniswapV2Factory",
            artifacts.uniswapCore("UniswapV2Factory"),
            Abi.constructorArgs(address(admin.getAddress())));
    String router =
        deploy(
            txs,
            "UniswapV2Router02",
            artifacts.uniswapPeriphery("UniswapV2Router02"),
            Abi.constructorArgs(address(factory), address(weth)));
    record("deployUniswap", factory, txs);
    return new Uniswap(factory, router);
  }

  private String deployOracle() {
    List<StepTx> txs = new ArrayList<>();
    String args =
        Abi.constructorArgs(
            new Uint8(ORACLE_DECIMALS), new Utf8String("PKRT / USD"), new Int256(ORACLE_START));
    String oracle = deploy(txs, "MockPriceFeed", artifacts.local("MockPriceFeed"), args);
    record("deployOracle", oracle, txs);
    return oracle;
  }

  /** The treasury is a TreasuryVault behind an OpenZeppelin TransparentUpgradeableProxy. */
  private Treasury deployTreasury() {
    List<StepTx> txs = new ArrayList<>();
    String v1 = deploy(txs, "TreasuryVault", artifacts.local("TreasuryVault"), "");
    String v2 = deploy(txs, "TreasuryVaultV2", artifacts.local("TreasuryVaultV2"), "");
    String proxyAdmin = deploy(txs, "ProxyAdmin", artifacts.openZeppelin("ProxyAdmin"), "");
    byte[] initialize =
        Numeric.hexStringToByteArray(Abi.call("initialize", address(admin.getAddress())));
    String args =
        Abi.constructorArgs(address(v1), address(proxyAdmin), new DynamicBytes(initialize));
    String proxy =
        deploy(
            txs,
            "TransparentUpgradeableProxy",
            artifacts.openZeppelin("TransparentUpgradeableProxy"),
            args);
    record("deployTreasury", proxy, txs);
    return new Treasury(proxy, proxyAdmin, v1, v2);
  }

  private String createPool(Uniswap uniswap, String pkrt, String usdx) {
    String factory = uniswap.factory();
    String router = uniswap.router();
    List<StepTx> txs = new ArrayList<>();
    send(txs, "createPair", factory, Abi.call("createPair", address(pkrt), address(usdx)));
    String pair = lower(Abi.address(rpc, factory, "getPair", address(pkrt), address(usdx)));
    send(txs, "mint USDX", usdx, Abi.call("mint", address(admin.getAddress()), uint(POOL_SIDE)));
    send(txs, "mint PKRT", pkrt, Abi.call("mint", address(admin.getAddress()), uint(POOL_SIDE)));
    send(txs, "approve USDX", usdx, Abi.call("approve", address(router), uint(Tokens.UNLIMITED)));
    send(txs, "approve PKRT", pkrt, Abi.call("approve", address(router), uint(Tokens.UNLIMITED)));
    String addLiquidity =
        UniswapCalls.addLiquidity(pkrt, usdx, POOL_SIDE, POOL_SIDE, admin.getAddress());
    send(txs, "addLiquidity", router, addLiquidity);
    record("createPool", pair, txs);
    return pair;
  }

  private void fundTreasury(String treasury, String pkrt, String usdx) {
    List<StepTx> txs = new ArrayList<>();
    send(
        txs,
        "mint USDX to treasury",
        usdx,
        Abi.call("mint", address(treasury), uint(TREASURY_USDX)));
    send(
        txs,
        "mint PKRT to treasury",
        pkrt,
        Abi.call("mint", address(treasury), uint(TREASURY_PKRT)));
    record("fundTreasury", treasury, txs);
  }

  private void fundTraders(List<Credentials> traders, String router, String pkrt, String usdx) {
    List<Call> calls = new ArrayList<>();
    for (Credentials trader : traders) {
      calls.add(mint(usdx, "USDX", trader.getAddress()));
      calls.add(mint(pkrt, "PKRT", trader.getAddress()));
      calls.add(approve(usdx, "USDX", trader, router));
      calls.add(approve(pkrt, "PKRT", trader, router));
    }
    List<TransactionReceipt> receipts = sender.sendBatch("fundTraders", calls);
    record("fundTraders", usdx, ScenarioSteps.txs(calls, receipts));
  }

  private Call mint(String token, String symbol, String to) {
    String data = Abi.call("mint", address(to), uint(TRADER_BALANCE));
    return Call.of("mint " + symbol + " to " + to, admin, token, data, 150_000);
  }

  private static Call approve(String token, String symbol, Credentials owner, String spender) {
    String data = Abi.call("approve", address(spender), uint(Tokens.UNLIMITED));
    return Call.of("approve " + symbol + " by " + owner.getAddress(), owner, token, data, 100_000);
  }

  private String deploy(List<StepTx> txs, String label, ContractArtifact artifact, String args) {
    String step = "deploy " + label;
    TransactionReceipt receipt = sender.deploy(step, admin, artifact.creationCode(args));
    String address = lower(receipt.getContractAddress());
    txs.add(ScenarioSteps.tx(step, address, receipt));
    return address;
  }

  private void send(List<StepTx> txs, String label, String to, String data) {
    TransactionReceipt receipt = sender.send(label, admin, to, data);
    txs.add(ScenarioSteps.tx(label, to, receipt));
  }

  private void record(String step, String emitter, List<StepTx> txs) {
    steps.add(new StepResult(step, emitter, txs));
  }

  private static String tokenArgs(String name, String symbol) {
    return Abi.constructorArgs(new Utf8String(name), new Utf8String(symbol));
  }

  private static String lower(String address) {
    return address.toLowerCase(Locale.ROOT);
  }
}
