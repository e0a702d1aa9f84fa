package org.sovereign.platform.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.javalin.http.Context;
import java.util.stream.Collectors;
import org.sovereign.platform.errors.DomainException;
import org.sovereign.platform.json.Json;

/**
 * Reads request bodies strictly: malformed JSON, unknown fields and values of the wrong type are
 * answered with a problem that names the line, column or field.
 */
public final class JsonBodies {
  private JsonBodies() {}

  public static <T> T read(Context ctx, Class<T> type) {
    String contentType = ctx.contentType();
    if (contentType == null
        || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      throw new DomainException(
          415, "unsupported-media-type", "send the body as application/json", null);
    }
    String body = ctx.body();
    if (body.isBlank()) {
      throw new DomainException(400, "malformed-json", "the request body is empty", null);
    }
    try {
      T value = Json.mapper().readValue(body, type);
      if (value == null) {
        throw new DomainException(400, "malformed-json", "the request body is null", null);
      }
      return value;
    } catch (JsonParseException e) {
      throw new DomainException(
          400,
          "malformed-json",
          "malformed JSON at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ": "
              + e.getOriginalMessage(),
          null);
    } catch (UnrecognizedPropertyException e) {
      throw DomainException.invalidField(e.getPropertyName(), "is not a known field");
    } catch (ValueInstantiationException e) {
      if (e.getCause() instanceof DomainException domain) {
        throw domain;
      }
      throw DomainException.invalidField(path(e), rootMessage(e));
    } catch (JsonMappingException e) {
      throw DomainException.invalidField(path(e), "has the wrong type or format");
    } catch (JsonProcessingException e) {
      throw new DomainException(
          400, "malformed-json", "malformed JSON: " + e.getOriginalMessage(), null);
    }
  }

  private static String path(JsonMappingException e) {
    String path =
        e.getPath().stream()
            .map(
                ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
            .collect(Collectors.joining("."));
    return path.isEmpty() ? "body" : path.replace(".[", "[");
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage();
  }
}
