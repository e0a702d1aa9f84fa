package org.sovereign.supervision.screening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which list files a folder holds, found by their official names in the folder and up to two levels
 * below it. A list's companion files must sit beside its primary file; companions without one are
 * skipped, and two copies of the same list are refused.
 */
record ListFolder(
    Optional<OfacCsvLoader.Files> sdn,
    Optional<OfacCsvLoader.Files> consolidated,
    Optional<Path> un,
    Map<String, Path> addressLists,
    List<String> skipped) {

  private static final int DEPTH = 3;
  private static final Pattern ADDRESS_FILE =
      Pattern.compile("sanctioned_addresses_([A-Za-z0-9]+)\\.txt");

  static ListFolder scan(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("sanctions list folder " + folder + " does not exist");
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder, DEPTH)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
    List<String> skipped = new ArrayList<>();
    Optional<OfacCsvLoader.Files> sdn =
        ofac(files, "sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv", skipped);
    Optional<OfacCsvLoader.Files> cons =
        ofac(files, "cons_prim.csv", "cons_add.csv", "cons_alt.csv", "cons_comments.csv", skipped);
    Optional<Path> un = single(files, "UN list", p -> name(p).endsWith("consolidated.xml"));
    Map<String, Path> addresses = new TreeMap<>();
    for (Path file : files) {
      Matcher m = ADDRESS_FILE.matcher(file.getFileName().toString());
      if (m.matches()) {
        String asset = m.group(1).toUpperCase(Locale.ROOT);
        Path earlier = addresses.put(asset, file);
        if (earlier != null) {
          throw new IllegalArgumentException(
              "two address lists for " + asset + ": " + earlier + " and " + file);
        }
      }
    }
    if (sdn.isEmpty() && cons.isEmpty() && un.isEmpty() && addresses.isEmpty()) {
      throw new IllegalArgumentException(
          "no sanctions list files in "
              + folder
              + " (expected sdn.csv, cons_prim.csv, *consolidated.xml or"
              + " sanctioned_addresses_<ASSET>.txt)");
    }
    return new ListFolder(sdn, cons, un, addresses, skipped);
  }

  private static Optional<OfacCsvLoader.Files> ofac(
      List<Path> files,
      String primary,
      String add,
      String alt,
      String comments,
      List<String> skipped) {
    Optional<Path> main = single(files, primary, p -> name(p).equals(primary));
    for (Path file : files) {
      String name = name(file);
      boolean companion = name.equals(add) || name.equals(alt) || name.equals(comments);
      if (companion && (main.isEmpty() || !file.getParent().equals(main.get().getParent()))) {
        skipped.add(file + " (no " + primary + " beside it)");
      }
    }
    return main.map(
        p -> new OfacCsvLoader.Files(p, beside(p, add), beside(p, alt), beside(p, comments)));
  }

  private static Optional<Path> beside(Path primary, String name) {
    Path file = primary.resolveSibling(name);
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  private static Optional<Path> single(
      List<Path> files, String what, java.util.function.Predicate<Path> test) {
    List<Path> found = files.stream().filter(test).toList();
    if (found.size() > 1) {
      throw new IllegalArgumentException(
          "more than one " + what + " found: " + found + "; keep one set per folder");
    }
    return found.stream().findFirst();
  }

  private static String name(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT);
  }
}
