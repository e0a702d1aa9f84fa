package org.sovereign.platform.web;

import java.util.List;

/** What every console template gets: texts, the signed-in user, the CSRF token and navigation. */
public record PageContext(
    String title,
    Messages messages,
    String userName,
    String csrfToken,
    List<NavLink> nav,
    String flash) {

  /** A navigation link as shown to this user. */
  public record NavLink(String label, String href, boolean active) {}

  public String t(String key) {
    return messages.get(key);
  }

  public String t(String key, Object... args) {
    return messages.format(key, args);
  }

  public boolean signedIn() {
    return userName != null;
  }

  public String lang() {
    return messages.languageTag();
  }

  public String dir() {
    return messages.direction();
  }

  /** The htmx header attribute value carrying the CSRF token on every htmx request. */
  public String htmxHeaders() {
    return csrfToken == null ? "{}" : "{\"" + Guard.CSRF_HEADER + "\": \"" + csrfToken + "\"}";
  }
}
