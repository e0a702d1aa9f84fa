package org.sovereign.reserve.spend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sovereign.base.Network;

/**
 * Thousands of random proposals against the policy engine, each judged by an independent oracle
 * written from the policy's text: the engine allows exactly the spends the policy allows.
 */
class PolicyEnginePropertyTest {
  private static final String OTHER_VAULT = "bcrt1qw508d6qejxtdg4y5r3zarvary0c5xw7kygt080";
  private static final String ALLOW_LISTED =
      "bcrt1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qzf4jry";
  private static final String OWN = "bcrt1q9vza2e8x573nczrlzms0wvx3gsqjx7vavgkx0l";
  private static final String OUTSIDER =
      "bcrt1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesgr3ajh";
  private static final List<String> ADDRESSES =
      List.of(
          OTHER_VAULT,
          ALLOW_LISTED,
          OWN,
          OUTSIDER,
          "not-an-address",
          "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");

  @Test
  void randomProposals_shouldBeAllowedExactlyWhenThePolicyAllowsThem() {
    Random random = new Random(20261129);
    int allowed = 0;
    for (int trial = 0; trial < 5_000; trial++) {
      List<Destination> destinations = new ArrayList<>();
      int n = random.nextInt(4);
      for (int i = 0; i < n; i++) {
        long amount =
            switch (random.nextInt(5)) {
              case 0 -> random.nextInt(1_000);
              case 1 -> -random.nextInt(1_000_000);
              default -> 1_000L + random.nextInt(300_000_000);
            };
        destinations.add(new Destination(ADDRESSES.get(random.nextInt(ADDRESSES.size())), amount));
      }
      SpendRequest request =
          new SpendRequest(
              random.nextInt(10) == 0 ? " " : "Rebalance",
              random.nextInt(10) == 0 ? "" : "Act 2025 s.12",
              random.nextInt(12) == 0 ? 0 : 1 + random.nextInt(100),
              destinations,
              random.nextInt(4) == 0);
      boolean emergencyPath = random.nextBoolean();
      Long limit = random.nextBoolean() ? null : (long) random.nextInt(600_000_000);
      long spent = random.nextInt(200_000_000);
      long spendable = random.nextInt(800_000_000);
      PolicyEngine.Facts facts =
          new PolicyEngine.Facts(
              Network.REGTEST,
              emergencyPath ? new SpendPolicy(30, limit, 2, 1, 72) : new SpendPolicy(30, limit, 2),
              Set.of(OWN),
              Set.of(OTHER_VAULT, ALLOW_LISTED),
              spent,
              spendable);
      boolean expected =
          (emergencyPath || !request.isEmergency()) && oracle(request, limit, spent, spendable);
      PolicyDecision decision = PolicyEngine.check(request, facts);
      assertThat(decision.allowed())
          .as(
              "trial "
                  + trial
                  + ": "
                  + request
                  + " limit "
                  + limit
                  + " spent "
                  + spent
                  + " spendable "
                  + spendable
                  + " emergency path "
                  + emergencyPath
                  + " → "
                  + decision)
          .isEqualTo(expected);
      allowed += expected ? 1 : 0;
    }
    assertThat(allowed).as("the generator must produce allowed spends too").isGreaterThan(100);
  }

  private static boolean oracle(SpendRequest r, Long limit, long spent, long spendable) {
    if (r.purpose().isBlank()
        || r.authority_reference().isBlank()
        || r.fee_rate() < 1
        || r.fee_rate() > 1000
        || r.destinations().isEmpty()) {
      return false;
    }
    long total = 0;
    Set<String> seen = new java.util.HashSet<>();
    for (Destination d : r.destinations()) {
      if (d.amount_sat() < 546
          || !(d.address().equals(OTHER_VAULT) || d.address().equals(ALLOW_LISTED))
          || !seen.add(d.address())) {
        return false;
      }
      total += d.amount_sat();
    }
    return (limit == null || spent + total <= limit) && total <= spendable;
  }
}
