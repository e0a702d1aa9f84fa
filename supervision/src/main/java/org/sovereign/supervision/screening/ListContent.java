package org.sovereign.supervision.screening;

import java.util.List;

/** What one list file set contributed: its parties and its digital-currency addresses. */
record ListContent(List<ListedParty> parties, List<ListedAddress> addresses) {
  ListContent {
    parties = List.copyOf(parties);
    addresses = List.copyOf(addresses);
  }
}
