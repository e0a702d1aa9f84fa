package org.sovereign.supervision.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * NDJSON: one object per line, {@code {"customer_id":"c-1","balances":{"BTC":"150000"}}}. The
 * snapshot's assets are declared up front (the upload's {@code assets} parameter); a line may omit
 * an asset (balance 0) but may not name one outside the declared set.
 */
final class NdjsonRows extends RowReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final List<ReportedAsset> assets;

  NdjsonRows(BufferedReader in, List<ReportedAsset> assets) {
    super(in);
    this.assets = List.copyOf(assets);
  }

  @Override
  public List<ReportedAsset> assets() {
    return assets;
  }

  @Override
  public LiabilityRow next() {
    String text = nextLine();
    if (text == null) {
      return null;
    }
    long line = line();
    JsonNode node;
    try {
      node = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IntakeException(line, "not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject() || !node.path("customer_id").isTextual()) {
      throw new IntakeException(line, "expected an object with a string customer_id");
    }
    JsonNode balancesNode = node.path("balances");
    if (!balancesNode.isObject()) {
      throw new IntakeException(line, "expected balances as an object of asset: amount");
    }
    long[] balances = new long[assets.size()];
    List<String> codes = new ArrayList<>(assets.stream().map(ReportedAsset::code).toList());
    for (Map.Entry<String, JsonNode> field : balancesNode.properties()) {
      ReportedAsset asset = asset(field.getKey(), line);
      int index = codes.indexOf(asset.code());
      if (index < 0) {
        throw new IntakeException(
            line, "asset " + asset.code() + " is not among the snapshot's assets " + codes);
      }
      JsonNode value = field.getValue();
      if (!value.isTextual() && !value.isIntegralNumber()) {
        throw new IntakeException(
            line, asset.code() + " balance must be a whole number (or its decimal string)");
      }
      balances[index] = balance(value.asText(), asset, line);
    }
    return new LiabilityRow(line, customerId(node.get("customer_id").asText(), line), balances);
  }
}
