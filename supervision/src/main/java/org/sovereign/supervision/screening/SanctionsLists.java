package org.sovereign.supervision.screening;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sovereign.base.Hex;

/**
 * One loaded set of sanctions lists: the listed parties, the listed digital-currency addresses and
 * the {@link ListVersion} they came from. Immutable; build the screeners from it once.
 */
public final class SanctionsLists {
  private final List<ListedParty> parties;
  private final Map<String, ListedParty> byId;
  private final List<ListedAddress> addresses;
  private final ListVersion version;
  private final List<String> skipped;

  private SanctionsLists(
      List<ListedParty> parties,
      List<ListedAddress> addresses,
      ListVersion version,
      List<String> skipped) {
    this.parties = List.copyOf(parties);
    this.addresses = List.copyOf(addresses);
    this.version = version;
    this.skipped = List.copyOf(skipped);
    Map<String, ListedParty> ids = new HashMap<>();
    for (ListedParty party : this.parties) {
      if (ids.put(party.listId(), party) != null) {
        throw new IllegalArgumentException("list id " + party.listId() + " appears twice");
      }
    }
    this.byId = Map.copyOf(ids);
  }

  /** Lists built elsewhere (tests, another source); the version is taken as given. */
  public static SanctionsLists of(
      List<ListedParty> parties, List<ListedAddress> addresses, ListVersion version) {
    return new SanctionsLists(parties, addresses, version, List.of());
  }

  /**
   * Loads every list found in {@code folder} (and up to two levels below it) by its official file
   * name: OFAC {@code sdn.csv} with {@code add.csv}, {@code alt.csv} and {@code sdn_comments.csv};
   * OFAC {@code cons_prim.csv} with its {@code cons_*} companions; the UN {@code
   * *consolidated.xml}; and {@code sanctioned_addresses_<ASSET>.txt}.
   *
   * @throws IllegalArgumentException when the folder holds no list, or two copies of one list
   * @throws SanctionsListException when a file is not in its format (names the file and line)
   */
  public static SanctionsLists load(Path folder) {
    ListFolder found = ListFolder.scan(folder);
    List<ListedParty> parties = new ArrayList<>();
    List<ListedAddress> addresses = new ArrayList<>();
    List<ListVersion.ListFile> files = new ArrayList<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    found
        .sdn()
        .ifPresent(
            f -> {
              add(
                  OfacCsvLoader.load(ListSource.OFAC_SDN, f),
                  ListSource.OFAC_SDN,
                  parties,
                  addresses,
                  counts);
              files.addAll(ofacFiles(ListSource.OFAC_SDN, f));
            });
    found
        .consolidated()
        .ifPresent(
            f -> {
              add(
                  OfacCsvLoader.load(ListSource.OFAC_CONS, f),
                  ListSource.OFAC_CONS,
                  parties,
                  addresses,
                  counts);
              files.addAll(ofacFiles(ListSource.OFAC_CONS, f));
            });
    found
        .un()
        .ifPresent(
            f -> {
              add(UnXmlLoader.load(f), ListSource.UN, parties, addresses, counts);
              files.add(file(ListSource.UN, "xml", f));
            });
    found
        .addressLists()
        .forEach(
            (asset, f) -> {
              addresses.addAll(AddressListLoader.load(f, asset).addresses());
              files.add(file(ListSource.OFAC_ADDRESSES, asset, f));
            });
    counts.put("addresses", addresses.size());
    ListVersion version = new ListVersion(files, counts, Instant.now());
    return new SanctionsLists(parties, addresses, version, found.skipped());
  }

  private static void add(
      ListContent content,
      ListSource source,
      List<ListedParty> parties,
      List<ListedAddress> addresses,
      Map<String, Integer> counts) {
    parties.addAll(content.parties());
    addresses.addAll(content.addresses());
    counts.put(source.label(), content.parties().size());
  }

  private static List<ListVersion.ListFile> ofacFiles(ListSource source, OfacCsvLoader.Files f) {
    List<ListVersion.ListFile> files = new ArrayList<>();
    files.add(file(source, "primary", f.primary()));
    f.add().ifPresent(p -> files.add(file(source, "add", p)));
    f.alt().ifPresent(p -> files.add(file(source, "alt", p)));
    f.comments().ifPresent(p -> files.add(file(source, "comments", p)));
    return files;
  }

  private static ListVersion.ListFile file(ListSource source, String role, Path path) {
    try (DigestInputStream in =
        new DigestInputStream(Files.newInputStream(path), MessageDigest.getInstance("SHA-256"))) {
      byte[] buffer = new byte[64 * 1024];
      long bytes = 0;
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        bytes += n;
      }
      String sha = Hex.encode(in.getMessageDigest().digest());
      return new ListVersion.ListFile(source, role, path.toString(), sha, bytes);
    } catch (IOException e) {
      throw new SanctionsListException(path, "cannot be read: " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  public List<ListedParty> parties() {
    return parties;
  }

  public Optional<ListedParty> party(String listId) {
    return Optional.ofNullable(byId.get(listId));
  }

  public List<ListedAddress> addresses() {
    return addresses;
  }

  public ListVersion version() {
    return version;
  }

  /** Files found but not loaded, with the reason (e.g. companions without their primary file). */
  public List<String> skipped() {
    return skipped;
  }
}
