package org.sovereign.app.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.sovereign.platform.json.Json;
import org.sovereign.supervision.screening.BirthDate;
import org.sovereign.supervision.screening.Evaluation;
import org.sovereign.supervision.screening.EvaluationReport;
import org.sovereign.supervision.screening.EvaluationSet;
import org.sovereign.supervision.screening.ListedAddress;
import org.sovereign.supervision.screening.NameHit;
import org.sovereign.supervision.screening.NameQuery;
import org.sovereign.supervision.screening.NameScreener;
import org.sovereign.supervision.screening.PartyType;
import org.sovereign.supervision.screening.SanctionsLists;

/** The JSON lines {@code sovereign screen} reads and prints. */
final class ScreeningJson {
  static final double[] SWEEP = {0.80, 0.84, 0.86, 0.88, 0.90, 0.92, 0.94};

  private ScreeningJson() {}

  /** A query line and the id it carried, if any (echoed so results can be joined back). */
  record Query(NameQuery query, Optional<JsonNode> id) {}

  static Query query(String line, String where) {
    JsonNode node;
    try {
      node = Json.mapper().readTree(line);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(where + ": not JSON: " + e.getOriginalMessage());
    }
    if (!node.isObject() || !node.path("query").isTextual()) {
      throw new IllegalArgumentException(where + ": needs an object with a \"query\" string");
    }
    try {
      NameQuery query = NameQuery.of(node.get("query").asText());
      if (node.hasNonNull("dob")) {
        query = query.withDob(BirthDate.parse(node.get("dob").asText()));
      }
      if (node.hasNonNull("country")) {
        query = query.withCountry(node.get("country").asText());
      }
      if (node.hasNonNull("type")) {
        query = query.withType(PartyType.parse(node.get("type").asText()));
      }
      return new Query(query, Optional.ofNullable(node.get("id")));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  static String names(Query query, List<NameHit> hits) {
    ObjectNode line = Json.mapper().createObjectNode();
    query.id().ifPresent(id -> line.set("id", id));
    line.put("query", query.query().name());
    ArrayNode array = line.putArray("hits");
    for (NameHit hit : hits) {
      ObjectNode h = array.addObject();
      h.put("list_id", hit.listId());
      h.put("name", hit.matchedName());
      h.put("score", hit.score());
      h.put("why", hit.why());
    }
    return line.toString();
  }

  static String address(String address, List<ListedAddress> listings) {
    ObjectNode line = Json.mapper().createObjectNode();
    line.put("address", address);
    ArrayNode array = line.putArray("hits");
    for (ListedAddress listed : listings) {
      ObjectNode h = array.addObject();
      h.put("list_id", listed.listId().orElse(null));
      h.put("asset", listed.asset());
      h.put("source", listed.source().label());
      h.put("listed", listed.address());
    }
    return line.toString();
  }

  static List<EvaluationReport> evaluate(
      SanctionsLists lists, long seed, int listed, int unlisted) {
    var set = EvaluationSet.generate(lists, seed, listed, unlisted);
    return Evaluation.sweep(NameScreener.of(lists), set, SWEEP);
  }
}
