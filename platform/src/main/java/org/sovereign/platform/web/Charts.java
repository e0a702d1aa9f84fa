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

  /** A bar chart of one series over category labels (e.g. days). */
  public static String bars(List<String> labels, List<? extends Number> values, String seriesName) {
    Map<String, Object> option = new LinkedHashMap<>();
    option.put("animation", false);
    option.put("grid", Map.of("left", 40, "right", 16, "top", 16, "bottom", 32));
    option.put("tooltip", Map.of("trigger", "axis"));
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
}
