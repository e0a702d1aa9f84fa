package org.sovereign.supervision.solvency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SolvencyTreeBuilderTest {

  @Test
  void everyCustomer_shouldGetAProofThatVerifies_withOneAsset() {
    Snapshots.Built built = Snapshots.random(700, 1, 1, 2);
    for (int i = 0; i < built.ids().size(); i++) {
      assertValidFor(built, i);
    }
  }

  @Test
  void everyCustomer_shouldGetAProofThatVerifies_withThreeAssetsAndNonAsciiIds() {
    Snapshots.Built built = Snapshots.random(600, 3, 2, 2);
    assertThat(built.ids()).anyMatch(id -> id.startsWith("客户-")).anyMatch(id -> id.contains("ö"));
    for (int i = 0; i < built.ids().size(); i++) {
      assertValidFor(built, i);
    }
  }

  @Test
  void root_shouldMatchAnIndependentImplementationOfTheFormat() throws Exception {
    for (int assets : new int[] {1, 3}) {
      Snapshots.Built built = Snapshots.random(1500, assets, 3, 2);
      ReferenceTree.Node expected =
          ReferenceTree.root(Snapshots.SECRET.bytes(), built.ids(), built.balances(), assets);
      assertThat(built.root().hash()).isEqualTo(expected.hash());
      assertThat(built.root().sums().toArray()).isEqualTo(expected.sums());
    }
  }

  @Test
  void leafCount_shouldBe1024_forFiveAndFor900Customers() {
    assertThat(Snapshots.random(5, 1, 4, 1).root().leafCount()).isEqualTo(1024);
    assertThat(Snapshots.random(900, 1, 5, 1).root().leafCount()).isEqualTo(1024);
    assertThat(Snapshots.random(900, 1, 5, 1).root().depth()).isEqualTo(10);
    assertThat(Snapshots.random(1025, 1, 6, 1).root().leafCount()).isEqualTo(2048);
  }

  @Test
  void proof_shouldNotRevealTheCustomerCount_onlyTheDepth() {
    InclusionProof ofFive = Snapshots.random(5, 1, 4, 1).prove(0);
    InclusionProof ofNineHundred = Snapshots.random(900, 1, 4, 1).prove(0);
    assertThat(ofFive.depth()).isEqualTo(ofNineHundred.depth()).isEqualTo(10);
    assertThat(ofFive.size()).isEqualTo(ofNineHundred.size());
  }

  @Test
  void treeOfManyChunks_shouldBeTheSameOnAnyNumberOfThreads_andProveAcrossChunkEdges() {
    Snapshots.Built one = Snapshots.random(9000, 2, 7, 1);
    for (int threads : new int[] {2, 3}) {
      assertThat(Snapshots.random(9000, 2, 7, threads).root()).isEqualTo(one.root());
    }
    assertThat(one.root().depth()).isEqualTo(14);
    for (int i : new int[] {0, 4095, 4096, 8191, 8192, 8999}) {
      assertValidFor(one, i);
    }
  }

  @Test
  void sink_shouldReceiveEveryLevelInFullChunksInOrder() {
    List<String> calls = new ArrayList<>();
    NodeSink sink = (level, chunk, nodes) -> calls.add(level + ":" + chunk + ":" + nodes.length);
    try (SolvencyTreeBuilder builder =
        SolvencyTreeBuilder.start(Snapshots.SECRET, List.of("BTC"), sink, 2)) {
      for (int i = 0; i < 5000; i++) {
        builder.add("c" + i, new long[] {i});
      }
      assertThat(builder.finish().leafCount()).isEqualTo(8192);
    }
    int node = 40;
    assertThat(calls.stream().filter(c -> c.startsWith("0:")))
        .containsExactly("0:0:" + 4096 * node, "0:1:" + 4096 * node);
    assertThat(calls).contains("1:0:" + 4096 * node, "12:0:" + 2 * node, "13:0:" + node);
    assertThat(calls).hasSize(2 + 13);
  }

  @Test
  void snapshotWithoutCustomers_shouldBeAllPadding() {
    SolvencyRoot root = Snapshots.build(List.of("BTC"), List.of(), List.of(), 2).root();
    assertThat(root.depth()).isEqualTo(10);
    assertThat(root.sums()).isEqualTo(Amounts.of(0));
  }

  @Test
  void root_shouldDependOnTheSecret_andBeRepeatable() {
    List<String> ids = List.of("a", "b");
    List<long[]> balances = List.of(new long[] {1}, new long[] {2});
    SolvencyRoot first = Snapshots.build(List.of("BTC"), ids, balances, 1).root();
    assertThat(Snapshots.build(List.of("BTC"), ids, balances, 2).root()).isEqualTo(first);
    InMemoryNodes nodes = new InMemoryNodes();
    SnapshotSecret other = SnapshotSecret.of(new byte[32]);
    try (SolvencyTreeBuilder builder = SolvencyTreeBuilder.start(other, List.of("BTC"), nodes)) {
      builder.add("a", new long[] {1});
      builder.add("b", new long[] {2});
      SolvencyRoot otherRoot = builder.finish();
      assertThat(otherRoot.hash()).isNotEqualTo(first.hash());
      assertThat(otherRoot.sums()).isEqualTo(first.sums()).isEqualTo(Amounts.of(3));
    }
  }

  static void assertValidFor(Snapshots.Built built, int customer) {
    InclusionProof proof = built.prove(customer);
    Verification result = ProofVerifier.verify(proof.toBase64(), built.root().hashHex());
    assertThat(result).isInstanceOf(Verification.Valid.class);
    Verification.Valid valid = (Verification.Valid) result;
    assertThat(valid.customerId()).isEqualTo(built.ids().get(customer));
    assertThat(valid.leafIndex()).isEqualTo(customer);
    assertThat(valid.balances().toArray()).isEqualTo(built.balances().get(customer));
    assertThat(valid.rootSums()).isEqualTo(built.root().sums());
    Verification viaEnvelope =
        ProofVerifier.verify(proof.toEnvelope(built.root().assets()), built.root().hashHex());
    assertThat(((Verification.Valid) viaEnvelope).assets()).isEqualTo(built.root().assets());
  }
}
