package org.sovereign.supervision.aml.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.sovereign.base.OrgId;
import org.sovereign.supervision.reporting.CsvCells;
import org.sovereign.supervision.reporting.IntakeException;

/**
 * Reads reported transfers: one JSON object (or an array), NDJSON, or CSV with a header naming the
 * fields (nested party fields as {@code originator.names.0.primary}, {@code
 * originator.address.country}...). Errors name the line (JSON: the array index + 1) and field.
 */
public final class TransferReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TransferReader() {}

  public static List<Transfer> json(OrgId org, String body) {
    JsonNode root;
    try {
      root = MAPPER.readTree(body);
    } catch (IOException e) {
      throw new IntakeException(1, "not JSON: " + e.getMessage());
    }
    List<Transfer> out = new ArrayList<>();
    if (root != null && root.isArray()) {
      for (int i = 0; i < root.size(); i++) {
        out.add(new TransferFields(i + 1).read(org, root.get(i)));
      }
    } else {
      out.add(new TransferFields(1).read(org, root));
    }
    return out;
  }

  public static List<Transfer> ndjson(OrgId org, BufferedReader in) {
    List<Transfer> out = new ArrayList<>();
    long line = 0;
    for (String text = next(in); text != null; text = next(in)) {
      line++;
      if (text.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = MAPPER.readTree(text);
      } catch (IOException e) {
        throw new IntakeException(line, "not JSON");
      }
      out.add(new TransferFields(line).read(org, node));
    }
    return out;
  }

  public static List<Transfer> csv(OrgId org, BufferedReader in) {
    String header = next(in);
    if (header == null) {
      throw new IntakeException(1, "the file is empty: expected a header naming the fields");
    }
    List<String> fields =
        CsvCells.split(header.startsWith("\uFEFF") ? header.substring(1) : header, 1);
    List<Transfer> out = new ArrayList<>();
    long line = 1;
    for (String text = next(in); text != null; text = next(in)) {
      line++;
      if (text.isBlank()) {
        continue;
      }
      List<String> cells = CsvCells.split(text, line);
      if (cells.size() != fields.size()) {
        throw new IntakeException(
            line, "expected " + fields.size() + " columns, found " + cells.size());
      }
      ObjectNode node = MAPPER.createObjectNode();
      for (int i = 0; i < fields.size(); i++) {
        if (!cells.get(i).isBlank()) {
          put(node, fields.get(i).strip().split("\\."), cells.get(i));
        }
      }
      out.add(new TransferFields(line).read(org, node));
    }
    return out;
  }

  private static void put(ObjectNode node, String[] path, String value) {
    com.fasterxml.jackson.databind.node.ContainerNode<?> at = node;
    for (int i = 0; i < path.length - 1; i++) {
      boolean nextIsIndex = path[i + 1].matches("\\d+");
      at = child(at, path[i], nextIsIndex);
    }
    String last = path[path.length - 1];
    if (at instanceof ObjectNode o) {
      o.put(last, value);
    }
  }

  private static com.fasterxml.jackson.databind.node.ContainerNode<?> child(
      com.fasterxml.jackson.databind.node.ContainerNode<?> parent, String key, boolean array) {
    if (parent instanceof ObjectNode o) {
      JsonNode existing = o.get(key);
      if (existing instanceof com.fasterxml.jackson.databind.node.ContainerNode<?> c) {
        return c;
      }
      return array ? o.putArray(key) : o.putObject(key);
    }
    var list = (com.fasterxml.jackson.databind.node.ArrayNode) parent;
    int index = Integer.parseInt(key);
    while (list.size() <= index) {
      list.addObject();
    }
    return (ObjectNode) list.get(index);
  }

  private static String next(BufferedReader in) {
    try {
      return in.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
