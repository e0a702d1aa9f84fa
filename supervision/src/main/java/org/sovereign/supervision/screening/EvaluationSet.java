package org.sovereign.supervision.screening;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * A labeled evaluation set drawn from the lists themselves with a fixed seed: listed names written
 * as people and forms write them (transliterations, dropped middle names, reordering, initials,
 * typos, titles, accents), and names that are not listed (everyday Pakistani names, and near misses
 * sharing a given or family name with a listed person). Same lists and seed, same set.
 */
public final class EvaluationSet {
  public static final long DEFAULT_SEED = 20261129L;

  private static final String[] PERSON_KINDS = {
    "exact", "transliteration", "transliteration", "drop-middle", "drop-middle", "reorder",
    "initial", "typo", "typo", "honorific", "diacritics", "combined"
  };
  private static final String[] ENTITY_KINDS = {"exact", "typo", "typo", "diacritics"};
  private static final String[] NEGATIVE_KINDS = {
    "pk-common",
    "pk-common",
    "listed-given-name",
    "listed-family-name",
    "listed-cross",
    "pk-business"
  };
  private static final String[] COUNTRIES = {"PK", "PK", "PK", "AF", "IN", "AE", "SA", "GB", "IR"};

  private final Random random;
  private final NameVariants variants;
  private final EvaluationNames names;
  private final List<List<String>> persons = new ArrayList<>();
  private final List<ListedParty> personParties = new ArrayList<>();
  private final List<List<String>> entities = new ArrayList<>();
  private final List<ListedParty> entityParties = new ArrayList<>();
  private final Set<String> listedSignatures = new HashSet<>();

  private EvaluationSet(SanctionsLists lists, long seed) {
    this.random = new Random(seed);
    VariantTable table = VariantTable.load();
    this.variants = new NameVariants(table, random);
    this.names = EvaluationNames.load();
    for (ListedParty party : lists.parties()) {
      for (ListedName name : party.names()) {
        for (String part : NameNormalizer.parts(name.text())) {
          listedSignatures.add(signature(part, party.type().isPerson()));
          listedSignatures.add(firstAndLast(part, party.type().isPerson()));
        }
        if (usable(name)) {
          addSource(party, name);
        }
      }
    }
  }

  /** {@code positives} variants of listed names and {@code negatives} unlisted names. */
  public static List<LabeledQuery> generate(
      SanctionsLists lists, long seed, int positives, int negatives) {
    EvaluationSet set = new EvaluationSet(lists, seed);
    List<LabeledQuery> queries = new ArrayList<>();
    for (int i = 0; i < positives; i++) {
      queries.add(set.positive());
    }
    for (int i = 0; i < negatives; i++) {
      queries.add(set.negative());
    }
    return queries;
  }

  private static boolean usable(ListedName name) {
    return (name.quality() == ListedName.Quality.PRIMARY
            || name.quality() == ListedName.Quality.STRONG_ALIAS)
        && name.text().chars().allMatch(c -> c < 0x250)
        && name.text().chars().anyMatch(Character::isLetter);
  }

  private void addSource(ListedParty party, ListedName name) {
    String text = NameNormalizer.parts(name.text()).getFirst();
    if (party.type().isPerson()) {
      List<String> words = words(readingOrder(text));
      if (words.size() >= 2) {
        persons.add(words);
        personParties.add(party);
      }
    } else {
      entities.add(words(text));
      entityParties.add(party);
    }
  }

  private LabeledQuery positive() {
    boolean person = random.nextInt(4) < 3 || entities.isEmpty();
    int pick = random.nextInt(person ? persons.size() : entities.size());
    ListedParty party = person ? personParties.get(pick) : entityParties.get(pick);
    List<String> words = person ? persons.get(pick) : entities.get(pick);
    String[] kinds = person ? PERSON_KINDS : ENTITY_KINDS;
    String kind = kinds[random.nextInt(kinds.length)];
    List<String> varied = vary(kind, words);
    if (varied == null) {
      kind = "typo";
      varied = variants.typo(words);
    }
    if (varied == null) {
      kind = "exact";
      varied = words;
    }
    NameQuery query = NameQuery.of(String.join(" ", varied));
    if (random.nextBoolean()) {
      query = withListedFacts(query, party);
    }
    return new LabeledQuery(query, Optional.of(party.listId()), kind);
  }

  private List<String> vary(String kind, List<String> words) {
    return switch (kind) {
      case "exact" -> words;
      case "transliteration" -> variants.transliteration(words);
      case "drop-middle" -> variants.dropMiddle(words);
      case "reorder" -> variants.reorder(words);
      case "initial" -> variants.initial(words);
      case "typo" -> variants.typo(words);
      case "honorific" -> variants.honorific(words);
      case "diacritics" -> variants.diacritics(words);
      default -> combined(words);
    };
  }

  private List<String> combined(List<String> words) {
    List<String> first = random.nextBoolean() ? variants.transliteration(words) : null;
    first = first != null ? first : variants.typo(words);
    if (first == null) {
      return null;
    }
    List<String> second = random.nextBoolean() ? variants.dropMiddle(first) : null;
    return second != null ? second : variants.reorder(first);
  }

  private NameQuery withListedFacts(NameQuery query, ListedParty party) {
    NameQuery q = query;
    if (!party.birthDates().isEmpty()) {
      BirthDate listed = party.birthDates().get(random.nextInt(party.birthDates().size()));
      q =
          q.withDob(
              listed.isExactDate()
                  ? listed
                  : BirthDate.year(
                      listed.fromYear() + random.nextInt(listed.toYear() - listed.fromYear() + 1)));
    }
    List<String> codes = party.countries().stream().filter(c -> c.length() == 2).sorted().toList();
    if (!codes.isEmpty()) {
      q = q.withCountry(codes.get(random.nextInt(codes.size())));
    }
    return q;
  }

  private LabeledQuery negative() {
    while (true) {
      String kind = NEGATIVE_KINDS[random.nextInt(NEGATIVE_KINDS.length)];
      boolean person = !kind.equals("pk-business");
      String name = negativeName(kind);
      if (listedSignatures.contains(signature(name, person))) {
        continue;
      }
      NameQuery query = NameQuery.of(name);
      if (!person) {
        query = query.withType(PartyType.ENTITY);
      } else if (random.nextBoolean()) {
        int year = 1950 + random.nextInt(55);
        query =
            query
                .withDob(new BirthDate(year, year, 1 + random.nextInt(12), 1 + random.nextInt(28)))
                .withCountry(COUNTRIES[random.nextInt(COUNTRIES.length)]);
      }
      return new LabeledQuery(query, Optional.empty(), kind);
    }
  }

  private String negativeName(String kind) {
    return switch (kind) {
      case "pk-common" ->
          random.nextInt(3) == 0
              ? names.given(random) + " " + names.given(random) + " " + names.family(random)
              : names.given(random) + " " + names.family(random);
      case "listed-given-name" -> listedPerson().getFirst() + " " + names.family(random);
      case "listed-family-name" -> names.given(random) + " " + listedPerson().getLast();
      case "listed-cross" -> listedPerson().getFirst() + " " + listedPerson().getLast();
      default -> names.business(random);
    };
  }

  private List<String> listedPerson() {
    return persons.get(random.nextInt(persons.size()));
  }

  private static String signature(String name, boolean person) {
    return NameNormalizer.STANDARD.tokens(name, person).stream()
        .filter(t -> t.kind() == Token.Kind.NAME)
        .map(Token::key)
        .sorted()
        .toList()
        .toString();
  }

  /** The signature of a listed name cut to its first and last name (what dropping leaves). */
  private static String firstAndLast(String name, boolean person) {
    List<String> keys =
        NameNormalizer.STANDARD.tokens(name, person).stream()
            .filter(t -> t.kind() == Token.Kind.NAME)
            .map(Token::key)
            .toList();
    return keys.size() < 3
        ? ""
        : java.util.stream.Stream.of(keys.getFirst(), keys.getLast()).sorted().toList().toString();
  }

  private static String readingOrder(String name) {
    int comma = name.indexOf(',');
    if (comma < 0 || name.indexOf(',', comma + 1) >= 0) {
      return name;
    }
    return name.substring(comma + 1).strip() + " " + name.substring(0, comma).strip();
  }

  private static List<String> words(String text) {
    return List.of(text.strip().split("\\s+"));
  }
}
