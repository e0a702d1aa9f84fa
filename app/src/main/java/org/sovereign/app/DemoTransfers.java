package org.sovereign.app;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.sovereign.base.OrgId;
import org.sovereign.supervision.aml.transfer.Party;
import org.sovereign.supervision.aml.transfer.Transfer;

/**
 * A week of an exchange's reported transfers for the demo: ordinary deposits and withdrawals with
 * complete travel-rule data, one withdrawal whose originator data is missing, and one deposit that
 * came from an address on the OFAC list.
 */
final class DemoTransfers {
  private static final String[][] CUSTOMERS = {
    {"Amina", "Khan", "PK"}, {"Bilal", "Ahmed", "PK"}, {"Sana", "Malik", "PK"},
    {"Omar", "Qureshi", "AE"}, {"Hira", "Siddiqui", "PK"}, {"Usman", "Shah", "GB"}
  };

  private DemoTransfers() {}

  static List<Transfer> week(OrgId org, Instant now, String listedAddress) {
    Instant start = now.truncatedTo(ChronoUnit.DAYS).minus(7, ChronoUnit.DAYS);
    List<Transfer> out = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      String[] c = CUSTOMERS[i % CUSTOMERS.length];
      Party customer = person(c[0], c[1], c[2], "indus-" + (100 + i % CUSTOMERS.length));
      Party other = person("Counterparty", "Wallet " + i, "PK", "bc1qdemo" + i);
      boolean in = i % 2 == 0;
      out.add(
          transfer(
              org,
              "indus-tx-" + (1000 + i),
              25_000 + i * 13_000L,
              start.plus(i * 7, ChronoUnit.HOURS),
              in,
              null,
              in ? other : customer,
              in ? customer : other));
    }
    Party bare =
        new Party(
            Party.Kind.NATURAL,
            List.of(new Party.Name("Farooq", "Imran", "LEGL")),
            null,
            null,
            null,
            null,
            null);
    out.add(
        transfer(
            org,
            "indus-tx-2001",
            240_000,
            start.plus(5, ChronoUnit.DAYS),
            false,
            null,
            bare,
            person("Receiving", "Customer", "AE", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")));
    out.add(
        transfer(
            org,
            "indus-tx-2002",
            1_850_000,
            start.plus(6, ChronoUnit.DAYS),
            true,
            listedAddress,
            person("Unknown", "Sender", "PK", listedAddress),
            person("Amina", "Khan", "PK", "indus-100")));
    return out;
  }

  private static Party person(String given, String family, String country, String account) {
    return new Party(
        Party.Kind.NATURAL,
        List.of(new Party.Name(family, given, "LEGL")),
        new Party.Address(null, "Karachi", country),
        null,
        null,
        null,
        account);
  }

  private static Transfer transfer(
      OrgId org,
      String id,
      long usdCents,
      Instant at,
      boolean in,
      String counterpartyAddress,
      Party originator,
      Party beneficiary) {
    return new Transfer(
        org,
        id,
        "BTC",
        usdCents * 10,
        usdCents,
        at,
        in ? Transfer.Direction.IN : Transfer.Direction.OUT,
        null,
        counterpartyAddress,
        in ? "Peer Exchange FZE" : "Indus Digital Exchange Ltd",
        in ? "Indus Digital Exchange Ltd" : "Peer Exchange FZE",
        originator,
        beneficiary);
  }
}
