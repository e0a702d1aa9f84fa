package org.sovereign.supervision.aml;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sovereign.supervision.screening.AddressScreener;
import org.sovereign.supervision.screening.BirthDate;
import org.sovereign.supervision.screening.ListedAddress;
import org.sovereign.supervision.screening.NameHit;
import org.sovereign.supervision.screening.NameQuery;
import org.sovereign.supervision.screening.NameScreener;
import org.sovereign.supervision.screening.SanctionsLists;

/** The loaded sanctions lists as monitoring's watchlist. */
public final class ListsWatchlist implements Watchlist {
  private final SanctionsLists lists;
  private final AddressScreener addresses;
  private final NameScreener names;
  private final List<String> bitcoin;
  private final List<String> evm;

  public ListsWatchlist(SanctionsLists lists) {
    this.lists = lists;
    this.addresses = AddressScreener.of(lists);
    this.names = NameScreener.of(lists);
    this.bitcoin =
        lists.addresses().stream()
            .filter(a -> a.asset().equals("XBT") || a.asset().equals("BTC"))
            .map(ListedAddress::address)
            .distinct()
            .toList();
    this.evm =
        lists.addresses().stream()
            .map(ListedAddress::address)
            .filter(a -> a.matches("0[xX][0-9a-fA-F]{40}"))
            .map(a -> a.toLowerCase(java.util.Locale.ROOT))
            .distinct()
            .sorted()
            .toList();
  }

  @Override
  public List<String> evmAddresses() {
    return evm;
  }

  @Override
  public Optional<String> entry(String address) {
    return addresses.screen(address).stream()
        .findFirst()
        .map(a -> a.listId().orElse(a.source() + ":" + a.asset()));
  }

  @Override
  public List<String> bitcoinAddresses() {
    return bitcoin;
  }

  @Override
  public Optional<String> listedParty(String name, String dateOfBirth, String country) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    NameQuery query = NameQuery.of(name);
    if (dateOfBirth != null) {
      try {
        query = query.withDob(BirthDate.of(LocalDate.parse(dateOfBirth)));
      } catch (RuntimeException e) {
        // a malformed date is not evidence either way
      }
    }
    if (country != null && !country.isBlank()) {
      query = query.withCountry(country.toUpperCase(Locale.ROOT));
    }
    List<NameHit> hits = names.screen(query);
    return hits.stream()
        .findFirst()
        .map(
            h ->
                h.listId()
                    + ": "
                    + h.matchedName()
                    + " ("
                    + String.format(Locale.ROOT, "%.2f", h.score())
                    + "; "
                    + h.why()
                    + ")");
  }

  @Override
  public String version() {
    return lists.version().fingerprint();
  }
}
