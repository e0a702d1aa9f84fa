package org.sovereign.supervision.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Realistic ways a listed name is written differently: each method returns the changed words, or
 * null when the change does not apply to these words.
 */
final class NameVariants {
  private static final String[] TITLES = {
    "Mr", "Dr", "Haji", "Hajji", "Sheikh", "Shaikh", "Syed", "Maulana", "Mullah", "Sayyid"
  };
  private static final String ACCENTED_FROM = "aeiouc";
  private static final String[] ACCENTED_TO = {"áàâä", "éèêë", "íîï", "óôö", "úûü", "ç"};
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

  private final VariantTable table;
  private final Random random;

  NameVariants(VariantTable table, Random random) {
    this.table = table;
    this.random = random;
  }

  /** One word swapped for another transliteration of the same name. */
  List<String> transliteration(List<String> words) {
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (!alternatives(words.get(i)).isEmpty()) {
        candidates.add(i);
      }
    }
    if (candidates.isEmpty()) {
      return null;
    }
    int at = candidates.get(random.nextInt(candidates.size()));
    List<String> options = alternatives(words.get(at));
    List<String> out = new ArrayList<>(words);
    out.set(at, sameCase(words.get(at), options.get(random.nextInt(options.size()))));
    return out;
  }

  private List<String> alternatives(String word) {
    String folded = VariantTable.key(word);
    String canonical = table.variants().get(folded);
    if (canonical == null || !table.spellings().containsKey(canonical)) {
      return List.of();
    }
    return table.spellings().get(canonical).stream()
        .filter(s -> !VariantTable.key(s).equals(folded))
        .toList();
  }

  /** Middle names left out: first and last kept. */
  List<String> dropMiddle(List<String> words) {
    if (words.size() < 3) {
      return null;
    }
    List<String> out = new ArrayList<>(words);
    int drop = 1 + (words.size() > 3 ? random.nextInt(words.size() - 2) : 0);
    for (int i = 0; i < drop; i++) {
      out.remove(1 + random.nextInt(out.size() - 2));
    }
    return out;
  }

  /** Family name first, or the words rotated. */
  List<String> reorder(List<String> words) {
    if (words.size() < 2) {
      return null;
    }
    List<String> out = new ArrayList<>(words);
    out.addFirst(out.removeLast());
    return out;
  }

  /** The first given name as an initial ("M. Ali"). */
  List<String> initial(List<String> words) {
    if (words.size() < 2 || words.getFirst().length() < 2) {
      return null;
    }
    List<String> out = new ArrayList<>(words);
    out.set(0, words.getFirst().substring(0, 1).toUpperCase(Locale.ROOT) + ".");
    return out;
  }

  /** One keyboard slip in a word of five letters or more. */
  List<String> typo(List<String> words) {
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).length() >= 5 && words.get(i).chars().allMatch(Character::isLetter)) {
        candidates.add(i);
      }
    }
    if (candidates.isEmpty()) {
      return null;
    }
    int at = candidates.get(random.nextInt(candidates.size()));
    List<String> out = new ArrayList<>(words);
    out.set(at, slip(words.get(at)));
    return out;
  }

  private String slip(String word) {
    StringBuilder w = new StringBuilder(word);
    int pos = 1 + random.nextInt(word.length() - 2);
    char letter = LETTERS.charAt(random.nextInt(LETTERS.length()));
    letter = Character.isUpperCase(word.charAt(pos)) ? Character.toUpperCase(letter) : letter;
    switch (random.nextInt(4)) {
      case 0 -> w.setCharAt(pos, letter);
      case 1 -> w.deleteCharAt(pos);
      case 2 -> w.insert(pos, letter);
      default -> {
        char c = w.charAt(pos);
        w.setCharAt(pos, w.charAt(pos + 1));
        w.setCharAt(pos + 1, c);
      }
    }
    return w.toString();
  }

  /** An honorific or title in front. */
  List<String> honorific(List<String> words) {
    List<String> out = new ArrayList<>(words);
    out.addFirst(TITLES[random.nextInt(TITLES.length)]);
    return out;
  }

  /** Accents added and the case changed, as a form filled in by hand might have it. */
  List<String> diacritics(List<String> words) {
    List<String> out = new ArrayList<>();
    boolean changed = false;
    for (String word : words) {
      StringBuilder w = new StringBuilder(word.toLowerCase(Locale.ROOT));
      for (int i = 0; i < w.length(); i++) {
        int k = ACCENTED_FROM.indexOf(w.charAt(i));
        if (k >= 0 && random.nextInt(3) == 0) {
          String to = ACCENTED_TO[k];
          w.setCharAt(i, to.charAt(random.nextInt(to.length())));
          changed = true;
        }
      }
      out.add(w.isEmpty() ? w.toString() : Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return changed ? out : null;
  }

  private static String sameCase(String model, String word) {
    if (model.equals(model.toUpperCase(Locale.ROOT))) {
      return word.toUpperCase(Locale.ROOT);
    }
    return Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT);
  }
}
