package org.sovereign.platform.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.sovereign.platform.json.Json;

/**
 * The OpenAPI description: the platform's document ({@code web/openapi/platform.json}) with each
 * module's fragment ({@code web/openapi/<module>.json}, paths and schemas) merged in.
 */
public final class OpenApiDocument {
  private OpenApiDocument() {}

  public static ObjectNode build(List<String> modules) {
    ObjectNode root = (ObjectNode) read("platform");
    for (String module : modules) {
      if (module.equals("platform")) {
        continue;
      }
      JsonNode fragment = readOptional(module);
      if (fragment != null) {
        merge(root, fragment, "paths");
        merge((ObjectNode) root.get("components"), fragment.path("components"), "schemas");
      }
    }
    return root;
  }

  private static void merge(ObjectNode target, JsonNode fragment, String field) {
    JsonNode additions = fragment.get(field);
    if (additions == null) {
      return;
    }
    ObjectNode into = (ObjectNode) target.get(field);
    for (Map.Entry<String, JsonNode> entry : additions.properties()) {
      if (into.has(entry.getKey())) {
        throw new IllegalStateException(
            "OpenAPI " + field + " '" + entry.getKey() + "' is described twice");
      }
      into.set(entry.getKey(), entry.getValue());
    }
  }

  private static JsonNode read(String module) {
    JsonNode node = readOptional(module);
    if (node == null) {
      throw new IllegalStateException(
          "OpenAPI document web/openapi/" + module + ".json is missing");
    }
    return node;
  }

  private static JsonNode readOptional(String module) {
    try (InputStream in =
        OpenApiDocument.class.getResourceAsStream("/web/openapi/" + module + ".json")) {
      return in == null ? null : Json.mapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the OpenAPI fragment of " + module, e);
    }
  }
}
