package org.sovereign.supervision.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sovereign.supervision.assessment.Alert;
import org.sovereign.supervision.assessment.Assessment;
import org.sovereign.supervision.reserves.Declaration;

/** JSON shapes of assessments, alerts and declarations. */
final class SolvencyJson {
  private SolvencyJson() {}

  static Map<String, Object> assessment(Assessment a) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("snapshot", a.snapshot().id());
    json.put("cutoff", a.snapshot().cutoff().toString());
    json.put("root_hash", a.snapshot().rootHash());
    json.put("btc_liabilities_sat", a.liabilitiesSat());
    json.put("btc_reserves_sat", a.reservesSat());
    json.put("height", a.height());
    json.put("ratio", a.ratio() == null ? null : a.ratio().toPlainString());
    json.put("status", a.status().slug());
    json.put("assets", perAsset(a));
    return json;
  }

  /**
   * Each reported asset: its liabilities, and for BTC the reserves and ratio; other assets have no
   * chain source here yet (EVM chains arrive with the DeFi monitor), so they show liabilities only.
   */
  static java.util.List<Map<String, Object>> perAsset(Assessment a) {
    java.util.List<Map<String, Object>> out = new java.util.ArrayList<>();
    for (int i = 0; i < a.snapshot().assets().size(); i++) {
      String asset = a.snapshot().assets().get(i);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("asset", asset);
      row.put("liabilities", Long.toString(a.snapshot().totals().get(i)));
      boolean btc = asset.equals("BTC");
      row.put("reserves", btc && a.reservesSat() != null ? Long.toString(a.reservesSat()) : null);
      row.put("ratio", btc && a.ratio() != null ? a.ratio().toPlainString() : null);
      row.put("status", btc ? a.status().slug() : "no-chain-source");
      out.add(row);
    }
    return out;
  }

  static Map<String, Object> alert(Alert a) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("vasp", a.orgId().value());
    json.put("name", a.vasp());
    json.put("kind", a.kind().slug());
    json.put("detail", a.detail());
    return json;
  }

  static Map<String, Object> declaration(Declaration d) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", d.id());
    json.put("period", d.period());
    json.put("message", d.message());
    json.put("addresses", d.addresses());
    json.put("descriptors", d.descriptors());
    json.put("declared_by", d.declaredBy());
    json.put("declared_at", d.declaredAt().toString());
    return json;
  }
}
