package org.sovereign.supervision.defi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sovereign.base.OrgId;
import org.sovereign.platform.audit.Actor;
import org.sovereign.supervision.defi.declare.AdminRequest;
import org.sovereign.supervision.defi.declare.ContractRequest;
import org.sovereign.supervision.defi.declare.PlatformRequest;
import org.sovereign.supervision.defi.decode.DecodedEvent;
import org.sovereign.supervision.defi.decode.LogDecoder;
import org.sovereign.supervision.defi.rpc.BlockHeader;
import org.sovereign.supervision.defi.rpc.EvmLog;
import org.sovereign.supervision.defi.rpc.LogQuery;
import org.sovereign.supervision.defi.rpc.Web3jRpc;
import org.sovereign.supervision.defi.sim.EventLogs;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;
import org.web3j.utils.Numeric;

/**
 * The web3j JSON-RPC client and the follower against a real node: anvil (from {@code evm/}, skipped
 * when it is not installed) running OpenZeppelin 4.9.6's ERC20PresetMinterPauser. Its constructor
 * grants roles (the baseline); a later grant to an outsider, the outsider's mint and a pause alert.
 */
class DefiAnvilTest {
  private static final Path EVM = Path.of("../evm/node_modules");
  private static Process anvil;
  private static String url;
  private static Web3j web3j;
  private static List<String> accounts;
  private static String token;
  private static String mintTx;
  private static long deployBlock;

  @BeforeAll
  static void start() throws Exception {
    Path binary = EVM.resolve("@foundry-rs/anvil-linux-amd64/bin/anvil");
    Path artifact =
        EVM.resolve("@openzeppelin/contracts/build/contracts/ERC20PresetMinterPauser.json");
    assumeTrue(Files.isExecutable(binary) && Files.exists(artifact), "anvil is not installed");
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    anvil =
        new ProcessBuilder(
                binary.toString(), "--host", "127.0.0.1", "--port", "" + port, "--silent")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    url = "http://127.0.0.1:" + port;
    web3j = Web3j.build(new HttpService(url));
    for (int i = 0; ; i++) {
      try {
        accounts = web3j.ethAccounts().send().getAccounts();
        break;
      } catch (IOException e) {
        if (i > 100) {
          throw e;
        }
        Thread.sleep(50);
      }
    }
    String bytecode = new ObjectMapper().readTree(artifact.toFile()).get("bytecode").asText();
    String constructor =
        FunctionEncoder.encodeConstructor(List.of(new Utf8String("Gov"), new Utf8String("GOV")));
    TransactionReceipt deployed = send(accounts.get(0), null, bytecode + constructor);
    token = deployed.getContractAddress();
    deployBlock = deployed.getBlockNumber().longValueExact();
    Bytes32 minter = new Bytes32(Numeric.hexStringToByteArray(EventLogs.role("MINTER_ROLE")));
    send(accounts.get(0), token, call("grantRole", minter, new Address(accounts.get(2))));
    mintTx =
        send(
                accounts.get(2),
                token,
                call("mint", new Address(accounts.get(2)), new Uint256(BigInteger.TEN.pow(24))))
            .getTransactionHash();
    send(accounts.get(0), token, call("pause"));
  }

  private static String call(String name, org.web3j.abi.datatypes.Type<?>... args) {
    return FunctionEncoder.encode(new Function(name, List.of(args), List.of()));
  }

  private static TransactionReceipt send(String from, String to, String data) throws Exception {
    Transaction tx =
        new Transaction(from, null, null, BigInteger.valueOf(5_000_000), to, BigInteger.ZERO, data);
    String hash = web3j.ethSendTransaction(tx).send().getTransactionHash();
    for (int i = 0; i < 200; i++) {
      var receipt = web3j.ethGetTransactionReceipt(hash).send().getTransactionReceipt();
      if (receipt.isPresent()) {
        assertThat(receipt.get().isStatusOK()).as("transaction " + hash).isTrue();
        return receipt.get();
      }
      Thread.sleep(20);
    }
    throw new IllegalStateException("no receipt for " + hash);
  }

  @AfterAll
  static void stop() {
    if (web3j != null) {
      web3j.shutdown();
    }
    if (anvil != null) {
      anvil.destroy();
    }
  }

  @Test
  void web3jClient_shouldReadHeadersLogsTransactionsAndCalls() {
    try (Web3jRpc rpc = new Web3jRpc(url)) {
      assertThat(rpc.chainId()).isEqualTo(31337);
      long head = rpc.headNumber();
      assertThat(head).isEqualTo(deployBlock + 3);
      List<BlockHeader> headers = rpc.headers(List.of(deployBlock, deployBlock + 1, head));
      assertThat(headers.get(1).parentHash()).isEqualTo(headers.get(0).hash());
      assertThat(rpc.header(head)).isEqualTo(headers.get(2));

      List<EvmLog> logs = rpc.logs(LogQuery.of(0, head, List.of(token.toLowerCase())));
      LogDecoder decoder = new LogDecoder();
      assertThat(logs.stream().map(decoder::decode).map(e -> e == null ? "?" : e.kind().name()))
          .containsExactly(
              "ROLE_GRANTED", "ROLE_GRANTED", "ROLE_GRANTED", "ROLE_GRANTED", "TRANSFER", "PAUSED");
      assertThat(decoder.decode(logs.get(4)))
          .isEqualTo(
              new DecodedEvent.Transfer(
                  EventLogs.ZERO_ADDRESS, accounts.get(2).toLowerCase(), BigInteger.TEN.pow(24)));

      String padded = "0x" + "0".repeat(24) + accounts.get(2).substring(2).toLowerCase();
      List<String> transfer =
          List.of(org.sovereign.supervision.defi.decode.EventKind.TRANSFER.topic0());
      assertThat(
              rpc.logs(
                  new LogQuery(
                      0,
                      head,
                      List.of(token.toLowerCase()),
                      List.of(transfer, List.of(), List.of(padded)))))
          .singleElement()
          .extracting(EvmLog::txHash)
          .isEqualTo(mintTx);

      assertThat(rpc.transactions(List.of(mintTx)).get(mintTx).from())
          .isEqualTo(accounts.get(2).toLowerCase());
      String balanceOf = org.web3j.crypto.Hash.sha3String("balanceOf(address)").substring(0, 10);
      assertThat(Numeric.toBigInt(rpc.call(token, balanceOf + padded.substring(2), head)))
          .isEqualTo(BigInteger.TEN.pow(24));
      assertThat(rpc.call(token, balanceOf + padded.substring(2), deployBlock - 1)).isEqualTo("0x");
    }
  }

  @Test
  void follower_shouldAlertTheOutsiderGrantMintAndPauseButNotTheConstructorsRoles() {
    try (Web3jRpc rpc = new Web3jRpc(url);
        DefiFixture f = new DefiFixture(rpc, FollowerOptions.DEFAULTS)) {
      OrgId org = f.defiVasp("Anvil Swap");
      f.declareChain(0);
      f.platforms.declare(
          Actor.SYSTEM,
          org,
          new PlatformRequest(
              31337L,
              deployBlock,
              null,
              List.of(ContractRequest.token(token, "Gov token", "GOV", 18)),
              List.of(new AdminRequest(accounts.get(0), "Deployer"))));
      PollResult r = f.poll();
      assertThat(r.checkpoint()).isEqualTo(deployBlock + 3);
      assertThat(f.reads.alerts(org, 10))
          .extracting(DefiReads.DefiAlert::ruleId)
          .containsExactlyInAnyOrder(
              "DEFI-05-PRIVILEGE-CHANGE", "DEFI-08-UNEXPECTED-MINT", "DEFI-07-PAUSE");
    }
  }
}
