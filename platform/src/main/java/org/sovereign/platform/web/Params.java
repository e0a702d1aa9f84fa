package org.sovereign.platform.web;

import io.javalin.http.Context;
import org.sovereign.base.OrgId;
import org.sovereign.platform.errors.DomainException;

/** Path and query parameters, parsed with errors that name the parameter. */
public final class Params {
  private Params() {}

  public static long pathId(Context ctx, String name) {
    String raw = ctx.pathParam(name);
    try {
      long value = Long.parseLong(raw);
      if (value <= 0) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw DomainException.invalidField(
          name, "must be a positive whole number, not '" + raw + "'");
    }
  }

  public static OrgId orgId(Context ctx, String name) {
    return new OrgId(pathId(ctx, name));
  }

  public static int queryInt(Context ctx, String name, int fallback, int min, int max) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw.strip());
      if (value < min || value > max) {
        throw DomainException.invalidField(name, "must be between " + min + " and " + max);
      }
      return value;
    } catch (NumberFormatException e) {
      throw DomainException.invalidField(name, "must be a whole number, not '" + raw + "'");
    }
  }

  /** A required form or body value that must be a whole number; the error names the field. */
  public static long requiredLong(String raw, String name) {
    if (raw == null || raw.isBlank()) {
      throw DomainException.invalidField(name, "is required");
    }
    try {
      return Long.parseLong(raw.strip());
    } catch (NumberFormatException e) {
      throw DomainException.invalidField(name, "must be a whole number, not '" + raw + "'");
    }
  }

  /** As {@link #requiredLong}, within the int range. */
  public static int requiredInt(String raw, String name) {
    long value = requiredLong(raw, name);
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw DomainException.invalidField(name, "is out of range");
    }
    return (int) value;
  }

  /** A same-site path to return to after sign-in; anything else becomes the overview. */
  public static String safeNext(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
      return "/overview";
    }
    return next;
  }
}
