package org.sovereign.platform.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sovereign.platform.json.Json;

/**
 * RFC 9457 problem details. {@code type} is a stable URN built from the error code, so clients can
 * branch on it; {@code field} names the offending input when there is one.
 */
public final class Problems {
  public static final String CONTENT_TYPE = "application/problem+json";

  private Problems() {}

  public static Map<String, Object> body(
      int status, String code, String title, String detail, String field, String instance) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "urn:sovereign:problem:" + code);
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    body.put("code", code);
    if (field != null) {
      body.put("field", field);
    }
    body.put("instance", instance);
    return body;
  }

  public static void write(
      Context ctx, int status, String code, String title, String detail, String field) {
    ctx.status(status)
        .contentType(CONTENT_TYPE)
        .result(Json.canonical(body(status, code, title, detail, field, ctx.path())));
  }
}
