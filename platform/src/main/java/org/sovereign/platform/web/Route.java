package org.sovereign.platform.web;

import io.javalin.http.HandlerType;

/** A registered route: what it answers, who may call it, and whether it is a page or the API. */
public record Route(HandlerType method, String path, Access access, Kind kind, String summary) {

  /** Pages are HTML for the console; the API answers JSON and problem+json. */
  public enum Kind {
    PAGE,
    API,
    SYSTEM
  }

  public boolean changesState() {
    return method == HandlerType.POST
        || method == HandlerType.PUT
        || method == HandlerType.PATCH
        || method == HandlerType.DELETE;
  }
}
