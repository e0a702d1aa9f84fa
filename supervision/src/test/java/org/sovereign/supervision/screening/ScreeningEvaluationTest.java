package org.sovereign.supervision.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Regression guard on real data: precision and recall of name screening on the seeded evaluation
 * set (docs/screening.md) must not fall below the figures reached, minus a small margin.
 */
class ScreeningEvaluationTest {
  static final double PRECISION_REACHED = 0.981;
  static final double RECALL_REACHED = 0.952;
  static final double MARGIN = 0.01;

  private static List<LabeledQuery> set;
  private static NameScreener screener;

  @BeforeAll
  static void generate() {
    SanctionsLists lists = ListFixtures.all();
    set = EvaluationSet.generate(lists, EvaluationSet.DEFAULT_SEED, 2000, 2000);
    screener = NameScreener.of(lists);
  }

  @Test
  void generate_shouldBeDeterministicAndBalanced() {
    List<LabeledQuery> again =
        EvaluationSet.generate(ListFixtures.all(), EvaluationSet.DEFAULT_SEED, 2000, 2000);
    assertThat(again).isEqualTo(set);
    assertThat(set.stream().filter(LabeledQuery::listed)).hasSize(2000);
    assertThat(set.stream().map(LabeledQuery::kind).distinct())
        .contains("transliteration", "drop-middle", "initial", "typo", "pk-common", "listed-cross");
  }

  @Test
  void defaultThreshold_shouldKeepPrecisionAndRecall() {
    EvaluationReport report = Evaluation.run(screener, set);
    assertThat(report.precision()).as(report.toString()).isGreaterThan(PRECISION_REACHED - MARGIN);
    assertThat(report.recall()).as(report.toString()).isGreaterThan(RECALL_REACHED - MARGIN);
  }

  @Test
  void sweep_shouldTradeRecallForPrecisionAsTheThresholdRises() {
    List<EvaluationReport> sweep = Evaluation.sweep(screener, set, 0.80, 0.88, 0.94);
    assertThat(sweep.get(0).recall()).isGreaterThanOrEqualTo(sweep.get(1).recall());
    assertThat(sweep.get(1).recall()).isGreaterThanOrEqualTo(sweep.get(2).recall());
    assertThat(sweep.get(0).precision()).isLessThanOrEqualTo(sweep.get(2).precision());
  }
}
