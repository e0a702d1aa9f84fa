package org.sovereign.supervision.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sovereign.supervision.register.Transition;
import org.sovereign.supervision.register.VaspEntry;

/** JSON and CSV shapes of the register. */
final class RegisterJson {
  static final String CSV_HEADER =
      "legal_name,registration_number,lei,category,services,status,licensed_on,status_since,website\n";

  private RegisterJson() {}

  static Map<String, Object> entry(VaspEntry e) {
    Map<String, Object> json = publicEntry(e);
    json.put("id", e.orgId().value());
    json.put("conditions", e.conditions());
    json.put("applied_on", e.appliedOn().toString());
    json.put("created_by", e.createdBy());
    return json;
  }

  /** What the public register shows, as MiCA's and VARA's registers do. */
  static Map<String, Object> publicEntry(VaspEntry e) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("legal_name", e.legalName());
    json.put("registration_number", e.registrationNumber());
    json.put("lei", e.lei());
    json.put("category", e.category().slug());
    json.put("services", e.services());
    json.put("status", e.status().slug());
    json.put("licensed_on", e.licensedOn() == null ? null : e.licensedOn().toString());
    json.put("status_since", e.statusSince().toString());
    json.put("website", e.website());
    return json;
  }

  static Map<String, Object> transition(Transition t) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", t.id());
    json.put("vasp", t.orgId().value());
    json.put("from", t.from().slug());
    json.put("to", t.to().slug());
    json.put("reason", t.reason());
    json.put("conditions", t.conditions());
    json.put("effective_on", t.effectiveOn().toString());
    json.put("state", t.state().toLowerCase(java.util.Locale.ROOT));
    json.put("proposed_by", t.proposedBy());
    json.put("decided_by", t.decidedBy());
    json.put("decision_note", t.decisionNote());
    return json;
  }

  static String csv(List<VaspEntry> entries) {
    StringBuilder csv = new StringBuilder(CSV_HEADER);
    for (VaspEntry e : entries) {
      csv.append(cell(e.legalName()))
          .append(',')
          .append(cell(e.registrationNumber()))
          .append(',')
          .append(cell(e.lei()))
          .append(',')
          .append(e.category().slug())
          .append(',')
          .append(cell(String.join("; ", e.services())))
          .append(',')
          .append(e.status().slug())
          .append(',')
          .append(e.licensedOn() == null ? "" : e.licensedOn())
          .append(',')
          .append(e.statusSince())
          .append(',')
          .append(cell(e.website()))
          .append('\n');
    }
    return csv.toString();
  }

  static String cell(String text) {
    return org.sovereign.platform.web.CsvCells.cell(text);
  }
}
