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
  static final BigInteger DEADLINE = BigInteger.TWO.pow(64);

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

  Deployed deploy(Credentials outsider, List<Credentials> traders, String sanctioned) {
    long firstBlock = rpc.blockNumber() + 1;
    List<StepTx> tokens = new ArrayList<>();
    String weth = deploy(tokens, "WETH9", artifacts.uniswapPeriphery("WETH9"), "");
    String usdx =
        deploy(
            tokens,
            "USDX",
            artifacts.openZeppelin("ERC20PresetMinterPauser"),
            tokenArgs("USD X Stablecoin", "USDX"));
    String pkrt =
        deploy(
            tokens,
            "PKRT",
            artifacts.openZeppelin("ERC20PresetMinterPauser"),
            tokenArgs("PKRT Protocol Token", "PKRT"));
    record("deployTokens", pkrt, tokens);

    List<StepTx> uniswap = new ArrayList<>();
    String factory =
        deploy(
            uniswap,
            "UniswapV2Factory",
            artifacts.uniswapCore("UniswapV2Factory"),
            Abi.constructorArgs(address(admin.getAddress())));
    String router =
        deploy(
            uniswap,
            "UniswapV2Router02",
            artifacts.uniswapPeriphery("UniswapV2Router02"),
            Abi.constructorArgs(address(factory), address(weth)));
    record("deployUniswap", factory, uniswap);

    List<StepTx> oracleTxs = new ArrayList<>();
    String oracle =
        deploy(
            oracleTxs,
            "MockPriceFeed",
            artifacts.local("MockPriceFeed"),
            Abi.constructorArgs(
                new Uint8(ORACLE_DECIMALS),
                new Utf8String("PKRT / USD"),
                new Int256(ORACLE_START)));
    record("deployOracle", oracle, oracleTxs);

    List<StepTx> treasuryTxs = new ArrayList<>();
    String implementation =
        deploy(treasuryTxs, "TreasuryVault", artifacts.local("TreasuryVault"), "");
    String implementationV2 =
        deploy(treasuryTxs, "TreasuryVaultV2", artifacts.local("TreasuryVaultV2"), "");
    String proxyAdmin = deploy(treasuryTxs, "ProxyAdmin", artifacts.openZeppelin("ProxyAdmin"), "");
    byte[] initialize =
        Numeric.hexStringToByteArray(Abi.call("initialize", address(admin.getAddress())));
    String treasury =
        deploy(
            treasuryTxs,
            "TransparentUpgradeableProxy",
            artifacts.openZeppelin("TransparentUpgradeableProxy"),
            Abi.constructorArgs(
                address(implementation), address(proxyAdmin), new DynamicBytes(initialize)));
    record("deployTreasury", treasury, treasuryTxs);

    String pair = createPool(factory, router, pkrt, usdx);
    fundTreasury(treasury, pkrt, usdx);
    fundTraders(traders, router, pkrt, usdx);

    ScenarioManifest manifest =
        new ScenarioManifest(
            sender.chainId(),
            firstBlock,
            lower(admin.getAddress()),
            lower(outsider.getAddress()),
            traders.stream().map(t -> lower(t.getAddress())).toList(),
            lower(sanctioned),
            weth,
            usdx,
            pkrt,
            factory,
            router,
            pair,
            oracle,
            ORACLE_DECIMALS,
            treasury,
            proxyAdmin,
            implementation,
            implementationV2);
    return new Deployed(manifest, steps);
  }

  private String createPool(String factory, String router, String pkrt, String usdx) {
    List<StepTx> txs = new ArrayList<>();
    send(txs, "createPair", factory, Abi.call("createPair", address(pkrt), address(usdx)));
    String pair = lower(Abi.address(rpc, factory, "getPair", address(pkrt), address(usdx)));
    send(txs, "mint USDX", usdx, Abi.call("mint", address(admin.getAddress()), uint(POOL_SIDE)));
    send(txs, "mint PKRT", pkrt, Abi.call("mint", address(admin.getAddress()), uint(POOL_SIDE)));
    send(txs, "approve USDX", usdx, Abi.call("approve", address(router), uint(Tokens.UNLIMITED)));
    send(txs, "approve PKRT", pkrt, Abi.call("approve", address(router), uint(Tokens.UNLIMITED)));
    String addLiquidity =
        Abi.call(
            "addLiquidity",
            address(pkrt),
            address(usdx),
            uint(POOL_SIDE),
            uint(POOL_SIDE),
            uint(POOL_SIDE),
            uint(POOL_SIDE),
            address(admin.getAddress()),
            uint(DEADLINE));
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
      String to = trader.getAddress();
      calls.add(
          Call.of(
              "mint USDX to " + to,
              admin,
              usdx,
              Abi.call("mint", address(to), uint(TRADER_BALANCE)),
              150_000));
      calls.add(
          Call.of(
              "mint PKRT to " + to,
              admin,
              pkrt,
              Abi.call("mint", address(to), uint(TRADER_BALANCE)),
              150_000));
      calls.add(
          Call.of(
              "approve USDX by " + to,
              trader,
              usdx,
              Abi.call("approve", address(router), uint(Tokens.UNLIMITED)),
              100_000));
      calls.add(
          Call.of(
              "approve PKRT by " + to,
              trader,
              pkrt,
              Abi.call("approve", address(router), uint(Tokens.UNLIMITED)),
              100_000));
    }
    List<TransactionReceipt> receipts = sender.sendBatch("fundTraders", calls);
    record("fundTraders", usdx, ScenarioSteps.txs(calls, receipts));
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
