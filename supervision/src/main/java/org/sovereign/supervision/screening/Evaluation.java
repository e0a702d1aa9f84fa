package org.sovereign.supervision.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs a {@link NameScreener} over a labeled set and reports precision and recall. */
public final class Evaluation {
  private Evaluation() {}

  public static EvaluationReport run(NameScreener screener, List<LabeledQuery> queries) {
    return sweep(screener, queries, screener.threshold()).getFirst();
  }

  /** One report per threshold; each query is screened once, at the lowest threshold. */
  public static List<EvaluationReport> sweep(
      NameScreener screener, List<LabeledQuery> queries, double... thresholds) {
    double lowest = Arrays.stream(thresholds).min().orElseThrow();
    NameScreener wide = screener.withThreshold(lowest);
    List<List<NameHit>> results = new ArrayList<>(queries.size());
    for (LabeledQuery query : queries) {
      results.add(wide.screen(query.query()));
    }
    List<EvaluationReport> reports = new ArrayList<>();
    for (double threshold : thresholds) {
      reports.add(report(threshold, queries, results));
    }
    return reports;
  }

  private static EvaluationReport report(
      double threshold, List<LabeledQuery> queries, List<List<NameHit>> results) {
    int listed = 0;
    int found = 0;
    int wrong = 0;
    int alarms = 0;
    Map<String, int[]> kinds = new HashMap<>();
    for (int i = 0; i < queries.size(); i++) {
      LabeledQuery query = queries.get(i);
      List<NameHit> hits =
          results.get(i).stream().filter(h -> h.score() >= threshold - 1e-9).toList();
      int[] kind = kinds.computeIfAbsent(query.kind(), k -> new int[2]);
      kind[0]++;
      if (query.listed()) {
        listed++;
        boolean hit = hits.stream().anyMatch(h -> h.listId().equals(query.expected().get()));
        found += hit ? 1 : 0;
        wrong += !hit && !hits.isEmpty() ? 1 : 0;
        kind[1] += hit ? 1 : 0;
      } else {
        alarms += hits.isEmpty() ? 0 : 1;
        kind[1] += hits.isEmpty() ? 0 : 1;
      }
    }
    Map<String, Double> recall = new HashMap<>();
    Map<String, Double> alarmRate = new HashMap<>();
    for (LabeledQuery query : queries) {
      int[] kind = kinds.get(query.kind());
      (query.listed() ? recall : alarmRate).put(query.kind(), (double) kind[1] / kind[0]);
    }
    return new EvaluationReport(
        threshold, listed, queries.size() - listed, found, wrong, alarms, recall, alarmRate);
  }
}
