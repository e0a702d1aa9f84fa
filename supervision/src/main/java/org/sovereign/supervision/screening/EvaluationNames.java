package org.sovereign.supervision.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The everyday names of {@code screening/evaluation-names.txt}, drawn at random. */
record EvaluationNames(Map<String, List<String>> sections) {
  private static final String RESOURCE = "/screening/evaluation-names.txt";

  static EvaluationNames load() {
    Map<String, List<String>> sections = new HashMap<>();
    try (InputStream in = EvaluationNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing");
      }
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> current = null;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String text = line.strip();
        if (text.startsWith("[")) {
          current = new ArrayList<>();
          sections.put(text.substring(1, text.length() - 1), current);
        } else if (!text.isEmpty() && !text.startsWith("#") && current != null) {
          current.addAll(List.of(text.split("\\s+")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new EvaluationNames(Map.copyOf(sections));
  }

  String given(Random random) {
    return pick("given", random);
  }

  String family(Random random) {
    return pick("family", random);
  }

  String business(Random random) {
    return pick("business-word", random)
        + " "
        + pick("business-kind", random)
        + (random.nextBoolean() ? " (Pvt) Ltd" : "");
  }

  private String pick(String section, Random random) {
    List<String> words = sections.get(section);
    return words.get(random.nextInt(words.size()));
  }
}
