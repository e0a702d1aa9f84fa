package org.sovereign.app.bench;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.sovereign.base.OrgId;
import org.sovereign.supervision.aml.transfer.Party;
import org.sovereign.supervision.aml.transfer.Transfer;

/**
 * Realistic synthetic transfers: a population of customers with log-normal amounts, deposits and
 * withdrawals, a few structurers splitting amounts under the threshold, some transfers missing
 * travel-rule data, some to high-risk jurisdictions. Deterministic from its seed.
 */
public final class TransferGenerator {
  private static final String[] GIVEN = {
    "Amina", "Bilal", "Sana", "Omar", "Hira", "Usman", "Zara", "Ali"
  };
  private static final String[] FAMILY = {"Khan", "Ahmed", "Malik", "Qureshi", "Siddiqui", "Shah"};
  private static final String[] COUNTRIES = {"PK", "PK", "PK", "PK", "AE", "GB", "SA", "IR"};

  private final SplittableRandom random;
  private final OrgId org;
  private final int customers;
  private final Instant start;
  private long next;

  public TransferGenerator(OrgId org, int customers, long seed, Instant start) {
    this.org = org;
    this.customers = customers;
    this.random = new SplittableRandom(seed);
    this.start = start;
  }

  public Transfer next() {
    long n = next++;
    int customer = random.nextInt(customers);
    boolean structurer = customer % 500 == 0;
    long cents =
        structurer
            ? 900_000 + random.nextInt(99_000)
            : Math.min(5_000_000_00L, (long) Math.exp(9 + 1.6 * random.nextGaussian()));
    boolean complete = random.nextInt(100) >= 2;
    Party me = party(customer, complete, "PK");
    Party other =
        party(
            customers + random.nextInt(customers),
            true,
            COUNTRIES[random.nextInt(COUNTRIES.length)]);
    Transfer.Direction direction =
        random.nextBoolean() ? Transfer.Direction.IN : Transfer.Direction.OUT;
    return new Transfer(
        org,
        "gen-" + n,
        "BTC",
        1 + cents / 10,
        Math.max(1, cents),
        start.plusMillis(n * 20),
        direction,
        null,
        null,
        direction == Transfer.Direction.IN ? "Peer Exchange" : "Bench Exchange",
        direction == Transfer.Direction.IN ? "Bench Exchange" : "Peer Exchange",
        direction == Transfer.Direction.IN ? other : me,
        direction == Transfer.Direction.IN ? me : other);
  }

  private static Party party(int id, boolean complete, String country) {
    return new Party(
        Party.Kind.NATURAL,
        List.of(new Party.Name(FAMILY[id % FAMILY.length], GIVEN[id % GIVEN.length], "LEGL")),
        complete ? new Party.Address(null, "Karachi", country) : null,
        null,
        null,
        null,
        complete ? "acct-" + id : null);
  }
}
