package org.sovereign.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sovereign.platform.json.Json;

/**
 * ECharts options built on the server and handed to {@code /assets/charts.js} through a data
 * attribute, so pages need no inline script.
 */
public final class Charts {
  private static final String ACCENT = "#0b5d3b";

  private Charts() {}

  /** A step line of one series over numeric x values (e.g. block heights), y in the given unit. */
  public static String steps(
      List<? extends Number> x,
      List<? extends Number> y,
      String seriesName,
      String xName,
      String yName) {
    List<List<Number>> data = new java.util.ArrayList<>();
    for (int i = 0; i < x.size(); i++) {
      data.add(List.of(x.get(i), y.get(i)));
    }
    Map<String, Object> option = axisChart(64, 16, 16, 40);
    option.put(
        "xAxis",
        Map.of(
            "type",
            "value",
            "name",
            xName,
            "nameLocation",
            "middle",
            "nameGap",
            26,
            "scale",
            true));
    option.put("yAxis", Map.of("type", "value", "name", yName));
    option.put(
        "series",
        List.of(
            Map.of(
                "name",
                seriesName,
                "type",
                "line",
                "step",
                "end",
                "showSymbol",
                false,
                "data",
                data,
                "itemStyle",
                Map.of("color", ACCENT))));
    return Json.canonical(option);
  }

  /**
   * Several named lines over the same numeric x values (e.g. one per grid node or pool), with a
   * legend; each series must have one y value per x (null for none).
   */
  public static String lines(
      List<? extends Number> x,
      Map<String, ? extends List<? extends Number>> series,
      String xName,
      String yName) {
    List<Map<String, Object>> all = new java.util.ArrayList<>();
    for (var e : series.entrySet()) {
      if (e.getValue().size() != x.size()) {
        throw new IllegalArgumentException(
            "series '" + e.getKey() + "' has " + e.getValue().size() + " values for " + x.size());
      }
      List<List<Number>> data = new java.util.ArrayList<>();
      for (int i = 0; i < x.size(); i++) {
        data.add(java.util.Arrays.asList(x.get(i), e.getValue().get(i)));
      }
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("name", e.getKey());
      line.put("type", "line");
      line.put("showSymbol", false);
      line.put("connectNulls", false);
      line.put("data", data);
      all.add(line);
    }
    Map<String, Object> option = axisChart(72, 16, 40, 40);
    option.put("legend", Map.of("top", 0));
    option.put(
        "xAxis",
        Map.of(
            "type",
            "value",
            "name",
            xName,
            "nameLocation",
            "middle",
            "nameGap",
            26,
            "scale",
            true));
    option.put("yAxis", Map.of("type", "value", "name", yName, "scale", true));
    option.put("series", all);
    return Json.canonical(option);
  }

  /** A point of a time series: when, and the value then (held until the next point). */
  public record TimePoint(java.time.Instant at, Number value) {}

  /**
   * Several named step lines over time, each with its own points (e.g. the value locked of each
   * pool, changing at different blocks), with a legend.
   */
  public static String timeSteps(Map<String, List<TimePoint>> series, String yName) {
    List<Map<String, Object>> all = new java.util.ArrayList<>();
    for (var e : series.entrySet()) {
      List<List<Object>> data = new java.util.ArrayList<>();
      for (TimePoint p : e.getValue()) {
        data.add(List.of(p.at().toEpochMilli(), p.value()));
      }
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("name", e.getKey());
      line.put("type", "line");
      line.put("step", "end");
      line.put("showSymbol", false);
      line.put("data", data);
      all.add(line);
    }
    Map<String, Object> option = axisChart(80, 16, 40, 40);
    option.put("legend", Map.of("top", 0));
    option.put("xAxis", Map.of("type", "time"));
    option.put("yAxis", Map.of("type", "value", "name", yName, "scale", true));
    option.put("series", all);
    return Json.canonical(option);
  }

  /** A bar chart of one series over category labels (e.g. days). */
  public static String bars(List<String> labels, List<? extends Number> values, String seriesName) {
    Map<String, Object> option = axisChart(40, 16, 16, 32);
    option.put("xAxis", Map.of("type", "category", "data", labels));
    option.put("yAxis", Map.of("type", "value", "minInterval", 1));
    option.put(
        "series",
        List.of(
            Map.of(
                "name",
                seriesName,
                "type",
                "bar",
                "data",
                values,
                "itemStyle",
                Map.of("color", ACCENT))));
    return Json.canonical(option);
  }

  /**
   * A line over category labels (e.g. cut-off dates) with a dashed threshold line (e.g. 100%):
   * points under it show in the alert colour.
   */
  public static String lineWithThreshold(
      List<String> labels,
      List<? extends Number> values,
      String seriesName,
      Number threshold,
      String thresholdName) {
    Map<String, Object> option = axisChart(48, 24, 24, 32);
    option.put("xAxis", Map.of("type", "category", "data", labels));
    option.put("yAxis", Map.of("type", "value", "name", seriesName));
    option.put(
        "visualMap",
        Map.of(
            "show",
            false,
            "pieces",
            List.of(
                Map.of("lt", threshold, "color", "#b42318"),
                Map.of("gte", threshold, "color", ACCENT))));
    option.put(
        "series",
        List.of(
            Map.of(
                "name",
                seriesName,
                "type",
                "line",
                "data",
                values,
                "markLine",
                Map.of(
                    "symbol",
                    "none",
                    "lineStyle",
                    Map.of("type", "dashed", "color", "#555"),
                    "label",
                    Map.of("formatter", thresholdName),
                    "data",
                    List.of(Map.of("yAxis", threshold))))));
    return Json.canonical(option);
  }

  /** Options every axis chart shares: no animation, the plot's margins, an axis tooltip. */
  private static Map<String, Object> axisChart(int left, int right, int top, int bottom) {
    Map<String, Object> option = new LinkedHashMap<>();
    option.put("animation", false);
    option.put("grid", Map.of("left", left, "right", right, "top", top, "bottom", bottom));
    option.put("tooltip", Map.of("trigger", "axis"));
    return option;
  }
}
