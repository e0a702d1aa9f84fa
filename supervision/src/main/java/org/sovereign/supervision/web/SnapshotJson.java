package org.sovereign.supervision.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sovereign.supervision.reporting.Snapshot;

/** JSON shape of a liability snapshot (never its secret or its customers). */
final class SnapshotJson {
  private SnapshotJson() {}

  static Map<String, Object> of(Snapshot s) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", s.id());
    json.put("vasp", s.orgId().value());
    json.put("cutoff", s.cutoff().toString());
    json.put("assets", s.assets());
    Map<String, String> totals = new LinkedHashMap<>();
    for (int i = 0; i < s.assets().size(); i++) {
      totals.put(s.assets().get(i), Long.toString(s.totals().get(i)));
    }
    json.put("totals", totals);
    json.put("customers", s.customers());
    json.put("root_hash", s.rootHash());
    json.put("leaf_count", s.leafCount());
    json.put("depth", s.depth());
    json.put("file_sha256", s.fileSha256());
    json.put("uploaded_by", s.uploadedBy());
    json.put("uploaded_at", s.uploadedAt().toString());
    return json;
  }
}
