package org.sovereign.supervision.screening;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one OFAC list in the legacy CSV layout (SDN or consolidated non-SDN): the primary file
 * joined on {@code ent_num} with its addresses, aliases and remark overflow.
 */
final class OfacCsvLoader {
  private static final int PRIMARY_COLUMNS = 12;
  private static final int ADDRESS_COLUMNS = 6;
  private static final int ALIAS_COLUMNS = 5;
  private static final int COMMENT_COLUMNS = 2;

  private final ListSource source;
  private final Map<String, Builder> byEntNum = new LinkedHashMap<>();

  private OfacCsvLoader(ListSource source) {
    this.source = source;
  }

  /** The files of one list; {@code add}, {@code alt} and {@code comments} may be absent. */
  record Files(Path primary, Optional<Path> add, Optional<Path> alt, Optional<Path> comments) {}

  static ListContent load(ListSource source, Files files) {
    OfacCsvLoader loader = new OfacCsvLoader(source);
    OfacCsv.read(
        files.primary(),
        PRIMARY_COLUMNS,
        (row, line) -> loader.primary(files.primary(), row, line));
    files.comments().ifPresent(f -> OfacCsv.read(f, COMMENT_COLUMNS, loader::comment));
    files.alt().ifPresent(f -> OfacCsv.read(f, ALIAS_COLUMNS, loader::alias));
    files.add().ifPresent(f -> OfacCsv.read(f, ADDRESS_COLUMNS, loader::address));
    return loader.build();
  }

  private void primary(Path file, List<String> row, long line) {
    String entNum = row.get(0);
    if (entNum.isEmpty() || row.get(1).isEmpty()) {
      throw new SanctionsListException(file, line, "row without ent_num or name");
    }
    Builder b = new Builder(entNum, type(row.get(2)), row.get(1));
    for (String program : row.get(3).split("\\]\\s*\\[")) {
      if (!program.isBlank()) {
        b.programs.add(program.replace("[", "").replace("]", "").strip());
      }
    }
    if (!row.get(9).isEmpty()) {
      b.countries.add(row.get(9));
    }
    b.remarks.append(row.get(11));
    if (byEntNum.put(entNum, b) != null) {
      throw new SanctionsListException(file, line, "ent_num " + entNum + " appears twice");
    }
  }

  private static PartyType type(String sdnType) {
    return switch (sdnType.toLowerCase(java.util.Locale.ROOT)) {
      case "individual" -> PartyType.INDIVIDUAL;
      case "vessel" -> PartyType.VESSEL;
      case "aircraft" -> PartyType.AIRCRAFT;
      default -> PartyType.ENTITY;
    };
  }

  private void comment(List<String> row, long line) {
    Builder b = byEntNum.get(row.get(0));
    if (b != null) {
      b.remarks.append(row.get(1));
    }
  }

  private void alias(List<String> row, long line) {
    Builder b = byEntNum.get(row.get(0));
    if (b != null && !row.get(3).isEmpty()) {
      b.names.add(new ListedName(row.get(3), ListedName.Quality.STRONG_ALIAS));
    }
  }

  private void address(List<String> row, long line) {
    Builder b = byEntNum.get(row.get(0));
    if (b != null && !row.get(4).isEmpty()) {
      b.countries.add(row.get(4));
    }
  }

  private ListContent build() {
    List<ListedParty> parties = new ArrayList<>();
    List<ListedAddress> addresses = new ArrayList<>();
    for (Builder b : byEntNum.values()) {
      String listId = source.listId(b.entNum);
      RemarkFacts facts = RemarkFacts.parse(b.remarks.toString());
      facts
          .weakAliases()
          .forEach(a -> b.names.add(new ListedName(a, ListedName.Quality.WEAK_ALIAS)));
      b.countries.addAll(facts.countries());
      for (RemarkFacts.CurrencyAddress a : facts.addresses()) {
        addresses.add(new ListedAddress(a.address(), a.asset(), source, Optional.of(listId)));
      }
      parties.add(
          new ListedParty(
              listId,
              source,
              b.type,
              b.names,
              facts.birthDates(),
              countryCodes(b.countries),
              b.programs));
    }
    return new ListContent(parties, addresses);
  }

  static Set<String> countryCodes(Iterable<String> names) {
    Set<String> codes = new LinkedHashSet<>();
    for (String name : names) {
      if (!Countries.isUnspecified(name)) {
        codes.add(Countries.codeOrName(name));
      }
    }
    return codes;
  }

  private static final class Builder {
    final String entNum;
    final PartyType type;
    final List<ListedName> names = new ArrayList<>();
    final List<String> programs = new ArrayList<>();
    final List<String> countries = new ArrayList<>();
    final StringBuilder remarks = new StringBuilder();

    Builder(String entNum, PartyType type, String name) {
      this.entNum = entNum;
      this.type = type;
      names.add(new ListedName(name, ListedName.Quality.PRIMARY));
    }
  }
}
