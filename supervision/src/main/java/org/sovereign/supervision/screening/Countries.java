package org.sovereign.supervision.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Country names and codes as lists and queries write them, to ISO 3166-1 alpha-2 codes. */
final class Countries {
  private static final Map<String, String> CODES = load();

  private Countries() {}

  /** The alpha-2 code for a name, alpha-2 or alpha-3 code; empty when not a known country. */
  static Optional<String> code(String text) {
    return Optional.ofNullable(CODES.get(key(text)));
  }

  /** The code, or the folded name when the country is not known (e.g. "region crimea"). */
  static String codeOrName(String text) {
    return code(text).orElseGet(() -> key(text));
  }

  static boolean isUnspecified(String text) {
    String key = key(text);
    return key.isEmpty()
        || key.equals("na")
        || key.equals("undetermined")
        || key.equals("unknown")
        || key.equals("none identified");
  }

  private static String key(String text) {
    String folded =
        Normalizer.normalize(text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replace("&", " and ");
    return folded.replaceAll("[^a-z0-9]+", " ").strip();
  }

  private static Map<String, String> load() {
    Map<String, String> codes = new HashMap<>();
    for (String alpha2 : Locale.getISOCountries()) {
      Locale country = Locale.of("", alpha2);
      codes.put(key(alpha2), alpha2);
      codes.put(key(country.getISO3Country()), alpha2);
      codes.put(key(country.getDisplayCountry(Locale.ENGLISH)), alpha2);
    }
    try (InputStream in = Countries.class.getResourceAsStream("/screening/countries.txt")) {
      if (in == null) {
        throw new IllegalStateException("resource /screening/countries.txt is missing");
      }
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int colon = line.indexOf(':');
        if (line.isBlank() || line.startsWith("#") || colon < 0) {
          continue;
        }
        String code = line.substring(0, colon).strip();
        for (String name : line.substring(colon + 1).split(";")) {
          codes.put(key(name), code);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read /screening/countries.txt", e);
    }
    return Map.copyOf(codes);
  }
}
