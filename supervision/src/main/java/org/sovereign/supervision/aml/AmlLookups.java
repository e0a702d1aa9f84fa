package org.sovereign.supervision.aml;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sovereign.supervision.aml.rules.Rule;
import org.sovereign.supervision.aml.transfer.Party;
import org.sovereign.supervision.register.LicenseStatus;
import org.sovereign.supervision.register.Register;
import org.sovereign.supervision.register.VaspEntry;

/**
 * What the rules look up: the watchlist by address and by party name (a party is screened once per
 * name, date of birth and country: a cache of 100,000), and whether a counterparty VASP is licensed
 * (the register, by legal name, registration number or LEI; cached for a few seconds so a burst of
 * transfers does not query it each time).
 */
public final class AmlLookups implements Rule.Lookups {
  private static final Duration FRESH = Duration.ofSeconds(10);

  private final Watchlist watchlist;
  private final Register register;
  private final Clock clock;
  private final Map<String, Optional<String>> parties =
      Collections.synchronizedMap(
          new LinkedHashMap<>(1_024, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Optional<String>> eldest) {
              return size() > 100_000;
            }
          });
  private Set<String> licensed = Set.of();
  private Instant loadedAt = Instant.MIN;

  public AmlLookups(Watchlist watchlist, Register register, Clock clock) {
    this.watchlist = watchlist;
    this.register = register;
    this.clock = clock;
  }

  @Override
  public Optional<String> sanctionedAddress(String address) {
    return watchlist.entry(address);
  }

  @Override
  public Optional<String> listedParty(Party party) {
    String name = party.displayName();
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String key = name + "|" + party.dateOfBirth() + "|" + party.country();
    return parties.computeIfAbsent(
        key, k -> watchlist.listedParty(name, party.dateOfBirth(), party.country()));
  }

  @Override
  public synchronized boolean licensedVasp(String vasp) {
    Instant now = clock.instant();
    if (loadedAt.plus(FRESH).isBefore(now)) {
      Set<String> names = new HashSet<>();
      for (VaspEntry e : register.all()) {
        if (e.status() == LicenseStatus.LICENSED) {
          names.add(key(e.legalName()));
          names.add(key(e.registrationNumber()));
          if (e.lei() != null) {
            names.add(key(e.lei()));
          }
        }
      }
      licensed = names;
      loadedAt = now;
    }
    return licensed.contains(key(vasp));
  }

  private static String key(String text) {
    return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
  }
}
