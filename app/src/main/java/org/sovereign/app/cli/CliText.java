package org.sovereign.app.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Texts the CLI prints, from {@code i18n/cli.properties}. */
public final class CliText {
  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle("i18n.cli", Locale.getDefault(), CliText.class.getClassLoader());

  private CliText() {}

  public static String get(String key, Object... args) {
    return new MessageFormat(BUNDLE.getString(key), Locale.ROOT).format(args);
  }
}
