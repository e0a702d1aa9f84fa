package org.sovereign.supervision.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The token tables of {@code screening/name-variants.txt}, keyed by folded spelling ({@code weak}
 * sorted, so searching it gives the same answer every run); {@code spellings} keeps each
 * canonical's written variants (the evaluation draws from them).
 */
record VariantTable(
    Set<String> dropped,
    Map<String, String> weak,
    Map<String, String> variants,
    Map<String, List<String>> spellings) {
  static final String RESOURCE = "/screening/name-variants.txt";

  static VariantTable load() {
    try (InputStream in = VariantTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  private static VariantTable parse(BufferedReader reader) throws IOException {
    Set<String> dropped = new HashSet<>();
    Map<String, String> weak = new HashMap<>();
    Map<String, String> variants = new HashMap<>();
    Map<String, List<String>> spellings = new HashMap<>();
    String section = "";
    int number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      if (text.startsWith("[")) {
        section = text;
        continue;
      }
      int colon = text.indexOf(':');
      String head = colon < 0 ? null : key(text.substring(0, colon));
      String[] words = (colon < 0 ? text : text.substring(colon + 1)).strip().split("\\s+");
      switch (section) {
        case "[drop]" -> {
          for (String w : words) {
            dropped.add(Spelling.plain(w));
          }
        }
        case "[weak]" -> put(weak, head, words, true);
        case "[variants]" -> {
          if (head == null) {
            throw new IllegalStateException(RESOURCE + " line " + number + ": no 'canonical:'");
          }
          put(variants, head, words, false);
          List<String> all = new ArrayList<>();
          all.add(text.substring(0, colon).strip());
          all.addAll(List.of(words));
          spellings.put(head, List.copyOf(all));
        }
        default -> throw new IllegalStateException(RESOURCE + " line " + number + ": no section");
      }
    }
    return new VariantTable(
        Set.copyOf(dropped),
        Collections.unmodifiableSortedMap(new TreeMap<>(weak)),
        Map.copyOf(variants),
        Map.copyOf(spellings));
  }

  private static void put(Map<String, String> map, String head, String[] words, boolean each) {
    if (head != null) {
      map.put(head, head);
    }
    for (String w : words) {
      String k = key(w);
      map.putIfAbsent(k, head != null ? head : (each ? k : head));
    }
  }

  static String key(String word) {
    return Spelling.fold(Spelling.plain(word.strip()).replace("'", ""));
  }

  boolean isDropped(String plain) {
    return dropped.contains(plain);
  }
}
