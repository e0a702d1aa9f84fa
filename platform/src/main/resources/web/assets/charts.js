// Renders every element with class "chart" from the ECharts option in its data-chart attribute.
// The option is JSON written by the server; no inline script is needed (the CSP forbids it).
// ECharts itself (1 MB) is loaded only on pages that have a chart.
(function () {
  "use strict";
  var ECHARTS = "/webjars/echarts/5.3.1/dist/echarts.min.js";

  function render(root) {
    var nodes = (root || document).querySelectorAll(".chart[data-chart]");
    if (nodes.length === 0) { return; }
    withECharts(function (echarts) {
      nodes.forEach(function (node) {
        if (node.dataset.rendered) { return; }
        var chart = echarts.init(node, null, { renderer: "canvas" });
        chart.setOption(JSON.parse(node.dataset.chart));
        node.dataset.rendered = "true";
        window.addEventListener("resize", function () { chart.resize(); });
      });
    });
  }

  function withECharts(callback) {
    if (window.echarts) { callback(window.echarts); return; }
    var script = document.createElement("script");
    script.src = ECHARTS;
    script.onload = function () { callback(window.echarts); };
    document.head.appendChild(script);
  }

  document.addEventListener("DOMContentLoaded", function () { render(document); });
  document.addEventListener("htmx:afterSwap", function (event) { render(event.target); });
})();
