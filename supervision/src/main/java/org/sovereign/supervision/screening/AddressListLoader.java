package org.sovereign.supervision.screening;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code sanctioned_addresses_<ASSET>.txt}: one address per line, blank lines ignored. */
final class AddressListLoader {
  private AddressListLoader() {}

  static ListContent load(Path file, String asset) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SanctionsListException(file, "cannot be read: " + e.getMessage(), e);
    }
    List<ListedAddress> addresses = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String address = lines.get(i).strip();
      if (address.isEmpty()) {
        continue;
      }
      if (!address.matches("[A-Za-z0-9:]+")) {
        throw new SanctionsListException(
            file, i + 1, "'" + address + "' is not an address (letters and digits only)");
      }
      addresses.add(new ListedAddress(address, asset, ListSource.OFAC_ADDRESSES, Optional.empty()));
    }
    return new ListContent(List.of(), addresses);
  }
}
