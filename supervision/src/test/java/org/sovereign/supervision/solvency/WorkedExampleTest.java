package org.sovereign.supervision.solvency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sovereign.base.Hex;

/**
 * The worked example of docs/proof-of-solvency.md: a fixed secret and three customers give these
 * exact bytes, and the document shows the same values.
 */
class WorkedExampleTest {
  static final String NONCE_ALICE =
      "6eefad2bed97b6d93ee663d67a44b46016b3d79dcad54ada39b61a1d14874d1b";
  static final String COMMITMENT_ALICE =
      "7f938328367a0f32612eb3c889a438f746fbc834be41db2b54ebb5aeadf1d291";
  static final String LEAF_ALICE =
      "f380ff36568b2cbaa8541284eadefad392327f532ecc49815395021d2529dc46";
  static final String LEAF_BOB = "af26e43d2192382aa4b54804f656d9b8f7139cebd430cc243f6bfdc2a7034cba";
  static final String LEAF_ZOE = "a682ba5a636b50152d247cc536b49c1947a1574d9e2cda10bb64a361b72113da";
  static final String PADDING_COMMITMENT_3 =
      "a48ee8984f2758642f8188b422020878b5fd1335cabdb4a7ce166f006088b23a";
  static final String LEAF_PADDING_3 =
      "1b2da0d4a7156c80336f2cd4b40a35c3bc341c41828219e55b489b9a5b33c7bc";
  static final String NODE_1_0 = "ca3a604a8cd9e3d5db7199d94c8ef46c775f430c1ef1515d004873e0a7365230";
  static final String NODE_1_1 = "20993bc0d6054f4994d84a4c3a2273b4a1ca31910ada1a992d768a57913a7f29";
  static final String ROOT = "19b2f3d0aab1df45ccd8810577a776c1ed399da980816bc67d1359a52891fde5";
  static final String PROOF_ALICE_START =
      "53535031020a00000000000000000005616c696365"
          + NONCE_ALICE
          + "0000000005f5e100000000000ee6b280"
          + LEAF_BOB
          + "000000000000000000000000000f4240"
          + NODE_1_1
          + "0000000002faf0800000000000000000";
  static final String PROOF_ALICE_END = ROOT + "0000000008f0d180000000000ef5f4c0";

  private static Snapshots.Built built;
  private static String doc;

  @BeforeAll
  static void buildExample() throws Exception {
    built =
        Snapshots.build(
            List.of("BTC", "USDT"),
            List.of("alice", "bob", "zoë"),
            List.of(
                new long[] {100_000_000L, 250_000_000L},
                new long[] {0, 1_000_000L},
                new long[] {50_000_000L, 0}),
            1);
    doc = Files.readString(Path.of("../docs/proof-of-solvency.md")).replaceAll("\\s+", "");
  }

  @Test
  void leavesNodesAndRoot_shouldBeTheDocumentedBytes() throws Exception {
    assertThat(Hex.encode(new CustomerNonces(Snapshots.SECRET).nonce("alice")))
        .isEqualTo(NONCE_ALICE);
    byte[] leaves = built.nodes().chunk(0, 0);
    assertThat(hash(leaves, 0)).isEqualTo(LEAF_ALICE);
    assertThat(hash(leaves, 1)).isEqualTo(LEAF_BOB);
    assertThat(hash(leaves, 2)).isEqualTo(LEAF_ZOE);
    assertThat(hash(leaves, 3)).isEqualTo(LEAF_PADDING_3);
    assertThat(hash(built.nodes().chunk(1, 0), 0)).isEqualTo(NODE_1_0);
    assertThat(hash(built.nodes().chunk(1, 0), 1)).isEqualTo(NODE_1_1);
    assertThat(built.root().hashHex()).isEqualTo(ROOT);
    assertThat(built.root().sums()).isEqualTo(Amounts.of(150_000_000L, 251_000_000L));
    assertThat(built.root().leafCount()).isEqualTo(1024);
  }

  @Test
  void commitments_shouldBeTheDocumentedBytes() throws Exception {
    byte[] secret = Snapshots.SECRET.bytes();
    byte[] commitment =
        ReferenceTree.sha(
            "sovereign-solvency/1/customer".getBytes(),
            ReferenceTree.nonce(secret, "alice"),
            "alice".getBytes());
    assertThat(Hex.encode(commitment)).isEqualTo(COMMITMENT_ALICE);
    byte[] padding =
        ReferenceTree.sha(
            "sovereign-solvency/1/padding".getBytes(), secret, ReferenceTree.u64s(new long[] {3}));
    assertThat(Hex.encode(padding)).isEqualTo(PADDING_COMMITMENT_3);
  }

  @Test
  void aliceProof_shouldBeTheDocumentedBytes_andVerify() {
    InclusionProof proof = built.prove(0);
    String hex = Hex.encode(proof.toBytes());
    assertThat(proof.size()).isEqualTo(597);
    assertThat(hex).startsWith(PROOF_ALICE_START).endsWith(PROOF_ALICE_END);
    assertThat(doc).contains(hex);
    String envelope = proof.toEnvelope(List.of("BTC", "USDT"));
    assertThat(doc).contains(envelope.replaceAll("\\s+", ""));
    assertThat(ProofVerifier.verify(envelope, ROOT).valid()).isTrue();
  }

  @Test
  void document_shouldShowEveryValueThisTestChecks() {
    for (String value :
        List.of(
            NONCE_ALICE,
            COMMITMENT_ALICE,
            LEAF_ALICE,
            LEAF_BOB,
            LEAF_ZOE,
            PADDING_COMMITMENT_3,
            LEAF_PADDING_3,
            NODE_1_0,
            NODE_1_1,
            ROOT)) {
      assertThat(doc).contains(value);
    }
  }

  private static String hash(byte[] chunk, int node) {
    return Hex.encode(Arrays.copyOfRange(chunk, node * 48, node * 48 + 32));
  }
}
