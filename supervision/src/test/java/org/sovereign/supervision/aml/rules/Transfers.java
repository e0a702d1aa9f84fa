package org.sovereign.supervision.aml.rules;

import java.time.Instant;
import java.util.List;
import org.sovereign.base.OrgId;
import org.sovereign.supervision.aml.transfer.Party;
import org.sovereign.supervision.aml.transfer.Transfer;

/** Transfers for rule tests: complete travel-rule data unless a test removes it. */
final class Transfers {
  static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
  private static int next;

  private Transfers() {}

  static Party person(String given, String family, String account, String country) {
    return new Party(
        Party.Kind.NATURAL,
        List.of(new Party.Name(family, given, "LEGL")),
        new Party.Address("1 Mall Road", "Lahore", country),
        "35202-1234567-1",
        "1980-01-01",
        null,
        account);
  }

  static Transfer out(long usdCents, long minutesAfter) {
    return of(Transfer.Direction.OUT, usdCents, minutesAfter, "PK");
  }

  static Transfer in(long usdCents, long minutesAfter) {
    return of(Transfer.Direction.IN, usdCents, minutesAfter, "PK");
  }

  static Transfer of(
      Transfer.Direction direction, long usdCents, long minutesAfter, String country) {
    Party customer = person("Amina", "Khan", "acct-amina", "PK");
    Party other = person("Omar", "Farooq", "bc1qother", country);
    return new Transfer(
        new OrgId(1),
        "t-" + (++next),
        "BTC",
        1_000,
        usdCents,
        T0.plusSeconds(minutesAfter * 60),
        direction,
        null,
        "bc1qcounterparty",
        direction == Transfer.Direction.IN ? "Other VASP" : "Indus",
        direction == Transfer.Direction.IN ? "Indus" : "Other VASP",
        direction == Transfer.Direction.IN ? other : customer,
        direction == Transfer.Direction.IN ? customer : other);
  }

  static Transfer withOriginator(Transfer t, Party originator) {
    return new Transfer(
        t.orgId(),
        t.transferId(),
        t.asset(),
        t.amount(),
        t.valueUsdCents(),
        t.time(),
        t.direction(),
        t.txRef(),
        t.counterpartyAddress(),
        t.originatingVasp(),
        t.beneficiaryVasp(),
        originator,
        t.beneficiary());
  }
}
