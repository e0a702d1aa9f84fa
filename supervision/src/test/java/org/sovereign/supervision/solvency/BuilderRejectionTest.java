package org.sovereign.supervision.solvency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BuilderRejectionTest {
  private static final List<String> ASSETS = List.of("BTC", "USDT", "ETH");

  private static SolvencyTreeBuilder builder() {
    return SolvencyTreeBuilder.start(Snapshots.SECRET, ASSETS, new InMemoryNodes(), 2);
  }

  @Test
  void add_shouldRejectANegativeBalance_namingTheAsset() {
    try (SolvencyTreeBuilder builder = builder()) {
      builder.add("a", new long[] {1, 2, 3});
      assertThatThrownBy(() -> builder.add("b", new long[] {1, -5, 3}))
          .isInstanceOf(InvalidLiabilityException.class)
          .hasMessage("customer at position 1: balance of asset USDT is negative: -5");
    }
  }

  @Test
  void add_shouldRejectATotalPast2pow63_namingTheAsset_andChangeNothing() {
    try (SolvencyTreeBuilder builder = builder()) {
      builder.add("a", new long[] {1, 2, Long.MAX_VALUE / 2 + 1});
      assertThatThrownBy(() -> builder.add("b", new long[] {5, 6, Long.MAX_VALUE / 2 + 1}))
          .isInstanceOf(InvalidLiabilityException.class)
          .hasMessage(
              "customer at position 1: total of asset ETH would exceed 2^63-1"
                  + " (9223372036854775807)")
          .satisfies(e -> assertThat(((InvalidLiabilityException) e).position()).isEqualTo(1));
      assertThat(builder.customers()).isEqualTo(1);
      builder.add("c", new long[] {10, 20, 30});
      assertThat(builder.finish().sums()).isEqualTo(Amounts.of(11, 22, Long.MAX_VALUE / 2 + 31));
    }
  }

  @Test
  void add_shouldRejectBadIdsAndTheWrongNumberOfBalances() {
    try (SolvencyTreeBuilder builder = builder()) {
      assertThatThrownBy(() -> builder.add("", new long[3]))
          .hasMessage("customer at position 0: customer id has 0 UTF-8 bytes; it must have 1..128");
      assertThatThrownBy(() -> builder.add("€".repeat(43), new long[3]))
          .hasMessageContaining("customer id has 129 UTF-8 bytes");
      assertThat(builder.add("€".repeat(42) + "xx", new long[3])).isZero();
      assertThatThrownBy(() -> builder.add("lone \ud800 surrogate", new long[3]))
          .isInstanceOf(InvalidLiabilityException.class)
          .hasMessageContaining("lone surrogate");
      assertThatThrownBy(() -> builder.add("d", new long[2]))
          .hasMessage("customer at position 1: 2 balances for 3 assets [BTC, USDT, ETH]");
    }
  }

  @Test
  void builder_shouldRefuseWorkAfterFinishing() {
    SolvencyTreeBuilder builder = builder();
    builder.finish();
    assertThatThrownBy(() -> builder.add("a", new long[3]))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("has finished");
  }

  @Test
  void start_shouldRejectBadAssetCodes() {
    InMemoryNodes sink = new InMemoryNodes();
    assertThatThrownBy(() -> SolvencyTreeBuilder.start(Snapshots.SECRET, List.of(), sink))
        .hasMessage("a snapshot has 1..16 assets, not 0");
    assertThatThrownBy(
            () -> SolvencyTreeBuilder.start(Snapshots.SECRET, List.of("BTC", "BTC"), sink))
        .hasMessage("asset codes repeat: [BTC, BTC]");
    assertThatThrownBy(() -> SolvencyTreeBuilder.start(Snapshots.SECRET, List.of("B\"C"), sink))
        .hasMessageContaining("asset code 'B\"C' is not");
  }

  @Test
  void failingSink_shouldEndTheBuilder() {
    NodeSink failing =
        (level, chunk, nodes) -> {
          throw new IllegalStateException("disk full");
        };
    try (SolvencyTreeBuilder builder =
        SolvencyTreeBuilder.start(Snapshots.SECRET, List.of("BTC"), failing, 2)) {
      assertThatThrownBy(
              () -> {
                for (int i = 0; i < 100_000; i++) {
                  builder.add("c" + i, new long[] {1});
                }
              })
          .hasMessage("disk full");
      assertThatThrownBy(() -> builder.add("x", new long[] {1}))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("has finished");
    }
  }

  @Test
  void prove_shouldRefuseACustomerWhoIsNotAtThatLeaf() {
    Snapshots.Built built = Snapshots.random(20, 1, 9, 1);
    SolvencyRoot root = built.root();
    assertThatThrownBy(
            () ->
                InclusionProofs.prove(
                    built.nodes(),
                    root,
                    Snapshots.SECRET,
                    3,
                    built.ids().get(4),
                    Amounts.of(built.balances().get(4))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leaf 3 does not hold this customer");
    assertThatThrownBy(
            () ->
                InclusionProofs.prove(
                    built.nodes(),
                    root,
                    Snapshots.SECRET,
                    4,
                    built.ids().get(4),
                    Amounts.of(built.balances().get(4)[0] + 1)))
        .hasMessageContaining("wrong leaf index, balances or snapshot secret");
    assertThatThrownBy(
            () ->
                InclusionProofs.prove(
                    built.nodes(), root, Snapshots.SECRET, 1024, "x", Amounts.of(1)))
        .hasMessage("leaf index 1024 is outside 0..1023");
  }
}
