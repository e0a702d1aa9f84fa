package org.sovereign.supervision.defi.testchain;

import static org.sovereign.supervision.defi.testchain.Abi.address;
import static org.sovereign.supervision.defi.testchain.Abi.uint;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Int256;
import org.web3j.abi.datatypes.generated.Uint112;
import org.web3j.abi.datatypes.generated.Uint32;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/**
 * A scripted DeFi story on a local chain, one public method per step so a test can look at a
 * monitor between steps. {@link #deploy} sets up tokens, a Uniswap V2 pool, an oracle and an
 * upgradeable treasury; then come everyday activity and an incident: upgrade, a minter role for an
 * outsider, an oracle crash, mint-and-dump into the pool, proceeds to a sanctioned address, a
 * pause, and the outsider taking over the treasury's ProxyAdmin. Deterministic: fixed dev accounts
 * and a seeded random.
 */
public final class DefiScenario {
  /**
   * An Ethereum address on the OFAC SDN list: in the demo's list
   * (app/src/main/resources/demo/sanctions/sanctioned_addresses_ETH.txt, September 2024) and still
   * tagged "Digital Currency Address - ETH" in the SDN remarks of December 2025.
   */
  public static final String SANCTIONED_ADDRESS = "0x08b2efdcdb8822efe5ad0eae55517cf5dc544251";

  public static final long DEFAULT_SEED = 20_260_101L;
  static final BigInteger CRASH_ANSWER = BigInteger.valueOf(40_000_000L); // 0.40 USD: −60%
  static final BigInteger DUMP = Tokens.units(50_000_000);
  private static final byte[] MINTER_ROLE =
      Hash.sha3("MINTER_ROLE".getBytes(StandardCharsets.US_ASCII));

  private final EvmRpc rpc;
  private final Sender sender;
  private final Credentials admin;
  private final Credentials outsider;
  private final ScenarioManifest manifest;
  private final List<StepResult> setup;
  private final BenignActivity benign;

  private DefiScenario(
      EvmRpc rpc,
      Sender sender,
      List<Credentials> accounts,
      ScenarioDeployer.Deployed deployed,
      long seed) {
    this.rpc = rpc;
    this.sender = sender;
    this.admin = accounts.get(0);
    this.outsider = accounts.get(1);
    this.manifest = deployed.manifest();
    this.setup = List.copyOf(deployed.steps());
    this.benign = new BenignActivity(sender, manifest, admin, traders(accounts), seed);
  }

  /** Deploys everything on the node behind {@code rpc}, with the default seed. */
  public static DefiScenario deploy(EvmRpc rpc, Artifacts artifacts) {
    return deploy(rpc, artifacts, DEFAULT_SEED);
  }

  public static DefiScenario deploy(EvmRpc rpc, Artifacts artifacts, long seed) {
    List<Credentials> accounts = EvmAccounts.dev(AnvilNode.ACCOUNTS);
    Sender sender = new Sender(rpc);
    ScenarioDeployer deployer = new ScenarioDeployer(rpc, sender, artifacts, accounts.get(0));
    ScenarioDeployer.Deployed deployed =
        deployer.deploy(accounts.get(1), traders(accounts), SANCTIONED_ADDRESS);
    return new DefiScenario(rpc, sender, accounts, deployed, seed);
  }

  public ScenarioManifest manifest() {
    return manifest;
  }

  /** The deployment and seeding steps, in order: a monitor's baseline. */
  public List<StepResult> setupSteps() {
    return setup;
  }

  /** Everyday swaps and transfers by the traders, with small oracle moves; batched. */
  public StepResult benignActivity(int actions) {
    if (actions < 1) {
      throw new IllegalArgumentException("benign activity needs at least 1 action, was " + actions);
    }
    return new StepResult("benignActivity", manifest.pair(), benign.run(actions));
  }

  /** The ProxyAdmin points the treasury proxy at TreasuryVaultV2: the proxy emits Upgraded. */
  public StepResult upgradeProxy() {
    String data =
        Abi.call(
            "upgrade", address(manifest.treasury()), address(manifest.treasuryImplementationV2()));
    return step("upgradeProxy", manifest.treasury(), admin, manifest.proxyAdmin(), data);
  }

  /** The admin grants PKRT's MINTER_ROLE to the outsider: PKRT emits RoleGranted. */
  public StepResult grantRoleToOutsider() {
    String data = Abi.call("grantRole", new Bytes32(MINTER_ROLE), address(manifest.outsider()));
    return step("grantRoleToOutsider", manifest.pkrt(), admin, manifest.pkrt(), data);
  }

  /** One oracle update 60% below the start price: AnswerUpdated with 0.40 USD. */
  public StepResult oracleCrash() {
    String data = Abi.call("updateAnswer", new Int256(CRASH_ANSWER));
    return step("oracleCrash", manifest.oracle(), admin, manifest.oracle(), data);
  }

  /**
   * The outsider mints 50,000,000 PKRT and sells it all into the pool, draining most of its USDX:
   * Transfer from 0x0, then the pair's Swap and Sync.
   */
  public StepResult mintAndDump() {
    List<StepTx> txs = new ArrayList<>();
    txs.add(
        tx(
            "mintAndDump / mint PKRT to outsider",
            outsider,
            manifest.pkrt(),
            Abi.call("mint", address(manifest.outsider()), uint(DUMP))));
    txs.add(
        tx(
            "mintAndDump / approve router",
            outsider,
            manifest.pkrt(),
            Abi.call("approve", address(manifest.uniswapRouter()), uint(Tokens.UNLIMITED))));
    String swap =
        UniswapCalls.swapExactIn(DUMP, manifest.pkrt(), manifest.usdx(), manifest.outsider());
    txs.add(tx("mintAndDump / dump PKRT for USDX", outsider, manifest.uniswapRouter(), swap));
    return new StepResult("mintAndDump", manifest.pair(), txs);
  }

  /** The outsider sends all its USDX to {@link #SANCTIONED_ADDRESS}: USDX emits Transfer. */
  public StepResult proceedsToSanctioned() {
    BigInteger proceeds = balanceOf(manifest.usdx(), manifest.outsider());
    if (proceeds.signum() == 0) {
      throw new TestChainException(
          "step 'proceedsToSanctioned': the outsider holds no USDX (run mintAndDump first)");
    }
    String data = Abi.call("transfer", address(manifest.sanctioned()), uint(proceeds));
    return step("proceedsToSanctioned", manifest.usdx(), outsider, manifest.usdx(), data);
  }

  /**
   * The admin deploys a token the platform never declared (Indus Rewards, RWD), mints itself 1,000
   * RWD and sends 250 to {@link #SANCTIONED_ADDRESS}: a Transfer between a declared admin and a
   * listed address in a token nobody follows.
   */
  public StepResult undeclaredTokenToSanctioned(Artifacts artifacts) {
    String args =
        Abi.constructorArgs(
            new org.web3j.abi.datatypes.Utf8String("Indus Rewards"),
            new org.web3j.abi.datatypes.Utf8String("RWD"));
    TransactionReceipt deployed =
        sender.deploy(
            "deploy RWD",
            admin,
            artifacts.openZeppelin("ERC20PresetMinterPauser").creationCode(args));
    String rwd = deployed.getContractAddress().toLowerCase(java.util.Locale.ROOT);
    BigInteger unit = BigInteger.TEN.pow(18);
    StepTx mint =
        tx(
            "mint RWD",
            admin,
            rwd,
            Abi.call(
                "mint", address(manifest.admin()), uint(unit.multiply(BigInteger.valueOf(1_000)))));
    StepTx sent =
        tx(
            "RWD to the sanctioned address",
            admin,
            rwd,
            Abi.call(
                "transfer",
                address(manifest.sanctioned()),
                uint(unit.multiply(BigInteger.valueOf(250)))));
    return new StepResult("undeclaredTokenToSanctioned", rwd, List.of(mint, sent));
  }

  /** The admin (PKRT's pauser) pauses PKRT: Paused. */
  public StepResult pause() {
    return step("pause", manifest.pkrt(), admin, manifest.pkrt(), Abi.call("pause"));
  }

  /** The admin hands the ProxyAdmin to the outsider: OwnershipTransferred. */
  public StepResult transferOwnership() {
    String data = Abi.call("transferOwnership", address(manifest.outsider()));
    return step("transferOwnership", manifest.proxyAdmin(), admin, manifest.proxyAdmin(), data);
  }

  /**
   * The outsider, now owning the ProxyAdmin, makes itself the treasury proxy's admin: the proxy
   * emits AdminChanged(proxyAdmin, outsider).
   */
  public StepResult changeProxyAdmin() {
    String data =
        Abi.call("changeProxyAdmin", address(manifest.treasury()), address(manifest.outsider()));
    return step("changeProxyAdmin", manifest.treasury(), outsider, manifest.proxyAdmin(), data);
  }

  /** Every incident step after the benign activity, in story order. */
  public List<StepResult> incident() {
    return List.of(
        upgradeProxy(),
        grantRoleToOutsider(),
        oracleCrash(),
        mintAndDump(),
        proceedsToSanctioned(),
        pause(),
        transferOwnership(),
        changeProxyAdmin());
  }

  public PoolReserves reserves() {
    List<Object> values =
        Abi.viewAll(
            rpc,
            manifest.pair(),
            List.of(
                new TypeReference<Uint112>() {},
                new TypeReference<Uint112>() {},
                new TypeReference<Uint32>() {}),
            "getReserves");
    BigInteger reserve0 = (BigInteger) values.get(0);
    BigInteger reserve1 = (BigInteger) values.get(1);
    boolean pkrtFirst =
        Abi.address(rpc, manifest.pair(), "token0").equalsIgnoreCase(manifest.pkrt());
    return pkrtFirst ? new PoolReserves(reserve0, reserve1) : new PoolReserves(reserve1, reserve0);
  }

  public BigInteger balanceOf(String token, String holder) {
    return Abi.uint(rpc, token, "balanceOf", address(holder));
  }

  /** The oracle's latest answer ({@link ScenarioManifest#oracleDecimals()} decimals). */
  public BigInteger oracleAnswer() {
    return (BigInteger)
        Abi.view(rpc, manifest.oracle(), new TypeReference<Int256>() {}, "latestAnswer");
  }

  private StepResult step(String step, String emitter, Credentials from, String to, String data) {
    return new StepResult(step, emitter, List.of(tx(step, from, to, data)));
  }

  private StepTx tx(String label, Credentials from, String to, String data) {
    TransactionReceipt receipt = sender.send(label, from, to, data);
    return ScenarioSteps.tx(label, to, receipt);
  }

  private static List<Credentials> traders(List<Credentials> accounts) {
    return accounts.subList(2, accounts.size());
  }
}
