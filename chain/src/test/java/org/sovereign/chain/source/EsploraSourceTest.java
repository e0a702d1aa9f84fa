package org.sovereign.chain.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sovereign.base.BlockHash;
import org.sovereign.base.Txid;
import org.sovereign.chain.Fixtures;

/** Against a stub answering as the Esplora API documents (text heights and hashes, raw blocks). */
class EsploraSourceTest {
  private static final String HASH =
      "000000000000000000917cba69f69b758fe396c8e30ae97bbcf08c4eb975e726";

  @Test
  void esplora_shouldServeTipHashesBlocksFeesAndBroadcast() throws Exception {
    byte[] block = Files.readAllBytes(Fixtures.shared("bitcoin/blocks/block481829.dat"));
    String txid = "ab".repeat(32);
    try (StubHttpServer stub =
        new StubHttpServer(
            request ->
                switch (request.path()) {
                  case "/api/blocks/tip/height" -> StubHttpServer.Reply.json(200, "481829");
                  case "/api/block-height/481829" -> StubHttpServer.Reply.json(200, HASH);
                  case "/api/block/" + HASH + "/raw" -> StubHttpServer.Reply.bytes(block);
                  case "/api/fee-estimates" ->
                      StubHttpServer.Reply.json(
                          200,
                          "{\"1\":87.882,\"2\":87.882,\"3\":86.104,\"6\":68.285,\"144\":1.027}");
                  case "/api/tx" ->
                      request.body().equals("0102")
                          ? StubHttpServer.Reply.json(200, txid)
                          : StubHttpServer.Reply.json(
                              400,
                              "sendrawtransaction RPC error: {\"code\":-22,\"message\":\"TX decode failed\"}");
                  default -> StubHttpServer.Reply.json(404, "Block not found");
                })) {
      EsploraSource esplora = new EsploraSource(stub.uri().resolve("/api"), Duration.ofSeconds(5));
      assertThat(esplora.tipHeight()).isEqualTo(481829);
      BlockHash hash = esplora.blockHash(481829).orElseThrow();
      assertThat(esplora.rawBlock(hash).orElseThrow()).isEqualTo(block);
      assertThat(esplora.blockHash(481830)).isEmpty();
      assertThat(esplora.feeRateSatPerVbyte(2)).hasValue(88);
      assertThat(esplora.feeRateSatPerVbyte(4)).hasValue(69);
      assertThat(esplora.broadcast(new byte[] {1, 2})).isEqualTo(Txid.parse(txid));
      assertThatThrownBy(() -> esplora.broadcast(new byte[] {9}))
          .hasMessageContaining("TX decode failed");
    }
  }
}
