package org.sovereign.chain.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sovereign.base.BlockHash;
import org.sovereign.base.Hex;
import org.sovereign.base.Txid;
import org.sovereign.chain.Fixtures;
import org.sovereign.chain.scan.BlockInspection;

/** Against a stub replaying the replies Bitcoin Core documents for each RPC. */
class BitcoinCoreRpcSourceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HASH_481829 =
      "000000000000000000917cba69f69b758fe396c8e30ae97bbcf08c4eb975e726";

  private static String ok(JsonNode request, String result) {
    return "{\"result\":" + result + ",\"error\":null,\"id\":" + request.get("id") + "}";
  }

  private static String error(JsonNode request, int code, String message) {
    return "{\"result\":null,\"error\":{\"code\":"
        + code
        + ",\"message\":\""
        + message
        + "\"},\"id\":"
        + request.get("id")
        + "}";
  }

  private static StubHttpServer core(String expectedAuth, AtomicInteger flaky) throws Exception {
    byte[] block = Files.readAllBytes(Fixtures.shared("bitcoin/blocks/block481829.dat"));
    return new StubHttpServer(
        request -> {
          if (!expectedAuth.equals(request.authorization())) {
            return new StubHttpServer.Reply(401, new byte[0], 0);
          }
          JsonNode rpc;
          try {
            rpc = JSON.readTree(request.body());
          } catch (Exception e) {
            return StubHttpServer.Reply.json(500, "{}");
          }
          if (flaky.getAndDecrement() > 0) {
            return new StubHttpServer.Reply(
                503, "Service Unavailable".getBytes(StandardCharsets.UTF_8), 0);
          }
          JsonNode params = rpc.get("params");
          return switch (rpc.get("method").asText()) {
            case "getblockcount" -> StubHttpServer.Reply.json(200, ok(rpc, "481829"));
            case "getblockhash" ->
                params.get(0).asInt() == 481829
                    ? StubHttpServer.Reply.json(200, ok(rpc, "\"" + HASH_481829 + "\""))
                    : StubHttpServer.Reply.json(500, error(rpc, -8, "Block height out of range"));
            case "getblock" ->
                params.get(0).asText().equals(HASH_481829) && params.get(1).asInt() == 0
                    ? StubHttpServer.Reply.json(200, ok(rpc, "\"" + Hex.encode(block) + "\""))
                    : StubHttpServer.Reply.json(500, error(rpc, -5, "Block not found"));
            case "getrawtransaction" ->
                StubHttpServer.Reply.json(
                    500,
                    error(
                        rpc,
                        -5,
                        "No such mempool or blockchain transaction. Use gettransaction for wallet transactions."));
            case "sendrawtransaction" ->
                StubHttpServer.Reply.json(
                    500,
                    error(
                        rpc,
                        -26,
                        "mandatory-script-verify-flag-failed (Signature must be zero for failed CHECK(MULTI)SIG operation)"));
            case "estimatesmartfee" ->
                StubHttpServer.Reply.json(
                    200,
                    ok(rpc, "{\"feerate\":0.00012001,\"blocks\":" + params.get(0).asInt() + "}"));
            default -> StubHttpServer.Reply.json(404, error(rpc, -32601, "Method not found"));
          };
        });
  }

  private static String basic(String userPassword) {
    return "Basic "
        + Base64.getEncoder().encodeToString(userPassword.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void calls_shouldReturnCoresAnswers(@TempDir Path dir) throws Exception {
    Path cookie = dir.resolve(".cookie");
    Files.writeString(cookie, "__cookie__:5e1f\n");
    try (StubHttpServer stub = core(basic("__cookie__:5e1f"), new AtomicInteger())) {
      BitcoinCoreRpcSource rpc =
          new BitcoinCoreRpcSource(stub.uri(), new RpcCredentials.Cookie(cookie));
      assertThat(rpc.tipHeight()).isEqualTo(481829);
      BlockHash hash = rpc.blockHash(481829).orElseThrow();
      assertThat(hash).hasToString(HASH_481829);
      assertThat(rpc.blockHash(999999)).isEmpty();
      assertThat(BlockInspection.of(rpc.rawBlock(hash).orElseThrow()).blockHash())
          .isEqualTo(HASH_481829);
      assertThat(rpc.rawBlock(BlockHash.parse("00".repeat(32)))).isEmpty();
      assertThat(rpc.rawTransaction(Txid.parse("11".repeat(32)))).isEmpty();
      assertThat(rpc.feeRateSatPerVbyte(2)).hasValue(13);
    }
  }

  @Test
  void broadcast_shouldReportCoresRejectionReason() throws Exception {
    try (StubHttpServer stub = core(basic("sov:pw"), new AtomicInteger())) {
      BitcoinCoreRpcSource rpc =
          new BitcoinCoreRpcSource(stub.uri(), new RpcCredentials.UserPassword("sov", "pw"));
      assertThatThrownBy(() -> rpc.broadcast(new byte[] {1, 2, 3}))
          .isInstanceOf(BitcoinCoreRpcSource.RpcError.class)
          .hasMessageContaining("-26")
          .hasMessageContaining("mandatory-script-verify-flag-failed");
      assertThat(stub.requests).hasSize(1);
    }
  }

  @Test
  void transportFailures_shouldBeRetriedThenSucceed() throws Exception {
    try (StubHttpServer stub = core(basic("sov:pw"), new AtomicInteger(2))) {
      BitcoinCoreRpcSource rpc =
          new BitcoinCoreRpcSource(
              stub.uri(),
              new RpcCredentials.UserPassword("sov", "pw"),
              Duration.ofSeconds(2),
              4,
              Duration.ofMillis(10));
      assertThat(rpc.tipHeight()).isEqualTo(481829);
      assertThat(stub.requests).hasSize(3);
    }
  }

  @Test
  void persistentFailureAndWrongCredentials_shouldFailWithAClearMessage() throws Exception {
    try (StubHttpServer stub = core(basic("sov:pw"), new AtomicInteger(100))) {
      BitcoinCoreRpcSource rpc =
          new BitcoinCoreRpcSource(
              stub.uri(),
              new RpcCredentials.UserPassword("sov", "pw"),
              Duration.ofSeconds(2),
              3,
              Duration.ofMillis(5));
      assertThatThrownBy(rpc::tipHeight)
          .hasMessageContaining("getblockcount failed after 3 attempt(s)");
    }
    try (StubHttpServer stub = core(basic("sov:pw"), new AtomicInteger())) {
      BitcoinCoreRpcSource rpc =
          new BitcoinCoreRpcSource(stub.uri(), new RpcCredentials.UserPassword("sov", "wrong"));
      assertThatThrownBy(rpc::tipHeight).hasMessageContaining("refused the RPC credentials");
    }
  }

  @Test
  void slowNode_shouldTimeOutAndBeRetried() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    try (StubHttpServer stub =
        new StubHttpServer(
            request ->
                calls.getAndIncrement() == 0
                    ? new StubHttpServer.Reply(
                        200,
                        "{\"result\":1,\"error\":null,\"id\":1}".getBytes(StandardCharsets.UTF_8),
                        1_500)
                    : StubHttpServer.Reply.json(200, "{\"result\":7,\"error\":null,\"id\":2}"))) {
      BitcoinCoreRpcSource rpc =
          new BitcoinCoreRpcSource(
              stub.uri(),
              new RpcCredentials.UserPassword("a", "b"),
              Duration.ofMillis(300),
              3,
              Duration.ofMillis(5));
      assertThat(rpc.tipHeight()).isEqualTo(7);
    }
  }
}
