package org.sovereign.platform.web;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Console texts from resource bundles ({@code i18n/<module>.properties}), one bundle per module, so
 * a translation (Urdu next, right to left) is a set of properties files, not a code change.
 */
public final class Messages {
  private static final List<String> RTL_LANGUAGES = List.of("ur", "ar", "fa", "he", "ps", "sd");

  private final Locale locale;
  private final List<ResourceBundle> bundles;

  public Messages(Locale locale, List<String> modules) {
    this.locale = locale;
    List<ResourceBundle> loaded = new ArrayList<>();
    for (String module : modules) {
      loaded.add(
          ResourceBundle.getBundle("i18n." + module, locale, Messages.class.getClassLoader()));
    }
    this.bundles = List.copyOf(loaded);
  }

  /** The text for {@code key}; a missing key shows as {@code ??key??} so it is seen and fixed. */
  public String get(String key) {
    for (ResourceBundle bundle : bundles) {
      try {
        return bundle.getString(key);
      } catch (MissingResourceException e) {
        // try the next module's bundle
      }
    }
    return "??" + key + "??";
  }

  public boolean has(String key) {
    return !get(key).startsWith("??");
  }

  public String format(String key, Object... args) {
    return new MessageFormat(get(key), locale).format(args);
  }

  public Locale locale() {
    return locale;
  }

  public String languageTag() {
    return locale.toLanguageTag();
  }

  public String direction() {
    return RTL_LANGUAGES.contains(locale.getLanguage()) ? "rtl" : "ltr";
  }
}
