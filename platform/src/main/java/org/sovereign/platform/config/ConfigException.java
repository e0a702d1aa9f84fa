package org.sovereign.platform.config;

/**
 * A configuration value is missing or malformed; the message names the key and where it came from.
 */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }
}
