package org.sovereign.supervision.screening;

import java.util.Map;
import java.util.TreeMap;

/**
 * Precision and recall of name screening on a labeled set at one threshold. A listed query counts
 * as found when its own list id is among the hits; precision is found over all queries with any hit
 * (a listed query hitting only other parties and an unlisted query hitting anything count against
 * it).
 */
public record EvaluationReport(
    double threshold,
    int listed,
    int unlisted,
    int found,
    int wrongHits,
    int falseAlarms,
    Map<String, Double> recallByKind,
    Map<String, Double> falseAlarmRateByKind) {

  public EvaluationReport {
    recallByKind = Map.copyOf(new TreeMap<>(recallByKind));
    falseAlarmRateByKind = Map.copyOf(new TreeMap<>(falseAlarmRateByKind));
  }

  public double precision() {
    int flagged = found + wrongHits + falseAlarms;
    return flagged == 0 ? 1.0 : (double) found / flagged;
  }

  public double recall() {
    return listed == 0 ? 1.0 : (double) found / listed;
  }

  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT,
        "threshold %.2f: precision %.3f recall %.3f (%d of %d listed found, %d wrong, %d of %d"
            + " unlisted flagged)",
        threshold,
        precision(),
        recall(),
        found,
        listed,
        wrongHits,
        falseAlarms,
        unlisted);
  }

  /** Recall per variant kind and false-alarm rate per negative kind, sorted by kind. */
  public Map<String, Double> byKind() {
    Map<String, Double> all = new TreeMap<>(recallByKind);
    all.putAll(falseAlarmRateByKind);
    return all;
  }
}
