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
    return json;
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
