package org.sovereign.platform.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Raw configuration values: a properties file overlaid by environment variables. The key {@code
 * http.port} is read from the variable {@code SOVEREIGN_HTTP_PORT}, which wins over the file.
 */
public final class ConfigSource {
  private final Map<String, String> fileValues;
  private final Map<String, String> environment;
  private final String fileName;

  private ConfigSource(
      Map<String, String> fileValues, Map<String, String> environment, String file) {
    this.fileValues = Map.copyOf(fileValues);
    this.environment = Map.copyOf(environment);
    this.fileName = file;
  }

  public static ConfigSource of(Map<String, String> fileValues, Map<String, String> environment) {
    return new ConfigSource(fileValues, environment, "(none)");
  }

  /** Reads {@code file} when it exists (a missing optional file is not an error). */
  public static ConfigSource load(Optional<Path> file, Map<String, String> environment) {
    Map<String, String> values = new HashMap<>();
    if (file.isPresent()) {
      Path path = file.get();
      if (!Files.isRegularFile(path)) {
        throw new ConfigException("configuration file " + path + " does not exist");
      }
      Properties properties = new Properties();
      try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
        properties.load(reader);
      } catch (IOException | IllegalArgumentException e) {
        throw new ConfigException("cannot read configuration file " + path + ": " + e.getMessage());
      }
      properties
          .stringPropertyNames()
          .forEach(k -> values.put(k, properties.getProperty(k).strip()));
    }
    return new ConfigSource(values, environment, file.map(Path::toString).orElse("(none)"));
  }

  public static String environmentName(String key) {
    return "SOVEREIGN_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  public Optional<String> get(String key) {
    String fromEnv = environment.get(environmentName(key));
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Optional.of(fromEnv.strip());
    }
    return Optional.ofNullable(fileValues.get(key)).filter(v -> !v.isBlank());
  }

  public String string(String key, String fallback) {
    return get(key).orElse(fallback);
  }

  public int integer(String key, int fallback, int min, int max) {
    Optional<String> raw = get(key);
    if (raw.isEmpty()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw.get());
      if (value < min || value > max) {
        throw new ConfigException(
            where(key) + " must be between " + min + " and " + max + ", not " + value);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new ConfigException(where(key) + " must be a whole number, not '" + raw.get() + "'");
    }
  }

  public boolean bool(String key, boolean fallback) {
    Optional<String> raw = get(key);
    if (raw.isEmpty()) {
      return fallback;
    }
    return switch (raw.get().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1", "on" -> true;
      case "false", "no", "0", "off" -> false;
      default ->
          throw new ConfigException(where(key) + " must be true or false, not '" + raw.get() + "'");
    };
  }

  private String where(String key) {
    return "configuration key '"
        + key
        + "' (file "
        + fileName
        + " or environment variable "
        + environmentName(key)
        + ")";
  }
}
