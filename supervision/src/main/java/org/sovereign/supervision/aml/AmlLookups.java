package org.sovereign.supervision.aml;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.sovereign.supervision.aml.rules.Rule;
import org.sovereign.supervision.register.LicenseStatus;
import org.sovereign.supervision.register.Register;
import org.sovereign.supervision.register.VaspEntry;

/**
 * What the rules look up: sanctioned addresses (through the screening lists) and whether a
 * counterparty VASP is licensed (the register, by legal name, registration number or LEI; cached
 * for a few seconds so a burst of transfers does not query it each time).
 */
public final class AmlLookups implements Rule.Lookups {
  private static final Duration FRESH = Duration.ofSeconds(10);

  private final Function<String, Optional<String>> sanctions;
  private final Register register;
  private final Clock clock;
  private Set<String> licensed = Set.of();
  private Instant loadedAt = Instant.MIN;

  public AmlLookups(Function<String, Optional<String>> sanctions, Register register, Clock clock) {
    this.sanctions = sanctions;
    this.register = register;
    this.clock = clock;
  }

  @Override
  public Optional<String> sanctionedAddress(String address) {
    return sanctions.apply(address);
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
