package org.sovereign.supervision.aml.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sovereign.supervision.aml.transfer.Party;
import org.sovereign.supervision.aml.transfer.Transfer;

/** The rule kinds. Each is a small immutable value; the rule file gives their parameters. */
public final class Rules {
  private Rules() {}

  private static Optional<RuleHit> hit(Rule rule, String description, Map<String, String> facts) {
    return Optional.of(new RuleHit(rule.id(), description, rule.score(), facts));
  }

  private static List<Rule.Activity> within(List<Rule.Activity> recent, Transfer t, int hours) {
    long from = t.time().getEpochSecond() - hours * 3600L;
    return recent.stream().filter(a -> a.epochSecond() > from).toList();
  }

  /** A single transfer at or above a USD value. */
  public record Threshold(String id, int score, long usdCents) implements Rule {
    @Override
    public Optional<RuleHit> evaluate(Transfer t, List<Activity> recent, Lookups lookups) {
      return t.valueUsdCents() >= usdCents
          ? hit(
              this,
              "transfer at or above the reporting threshold",
              Map.of(
                  "value_usd",
                  Usd.format(t.valueUsdCents()),
                  "threshold_usd",
                  Usd.format(usdCents)))
          : Optional.empty();
    }
  }

  /** Many transfers by one customer within a window (this one included). */
  public record Velocity(String id, int score, int windowHours, int count) implements Rule {
    @Override
    public Optional<RuleHit> evaluate(Transfer t, List<Activity> recent, Lookups lookups) {
      int n = within(recent, t, windowHours).size() + 1;
      return n >= count
          ? hit(
              this,
              "many transfers by one customer in a short time",
              Map.of(
                  "transfers", Integer.toString(n), "window_hours", Integer.toString(windowHours)))
          : Optional.empty();
    }
  }

  /** The customer's total within a window (this one included) at or above a USD value. */
  public record Aggregate(String id, int score, int windowHours, long usdCents) implements Rule {
    @Override
    public Optional<RuleHit> evaluate(Transfer t, List<Activity> recent, Lookups lookups) {
      long sum = t.valueUsdCents();
      for (Activity a : within(recent, t, windowHours)) {
        sum = Math.addExact(sum, a.valueUsdCents());
      }
      return sum >= usdCents
          ? hit(
              this,
              "the customer's total over the window reaches the aggregate threshold",
              Map.of(
                  "total_usd", Usd.format(sum),
                  "threshold_usd", Usd.format(usdCents),
                  "window_hours", Integer.toString(windowHours)))
          : Optional.empty();
    }
  }

  /** Several amounts just under a threshold within a window: splitting to avoid reporting. */
  public record Structuring(
      String id, int score, int windowHours, long thresholdCents, int bandPercent, int count)
      implements Rule {
    boolean justUnder(long cents) {
      return cents < thresholdCents && cents >= thresholdCents * (100 - bandPercent) / 100;
    }

    @Override
    public Optional<RuleHit> evaluate(Transfer t, List<Activity> recent, Lookups lookups) {
      if (!justUnder(t.valueUsdCents())) {
        return Optional.empty();
      }
      long n =
          within(recent, t, windowHours).stream().filter(a -> justUnder(a.valueUsdCents())).count()
              + 1;
      return n >= count
          ? hit(
              this,
              "several amounts just under the threshold",
              Map.of(
                  "just_under", Long.toString(n),
                  "threshold_usd", Usd.format(thresholdCents),
                  "band_percent", Integer.toString(bandPercent),
                  "window_hours", Integer.toString(windowHours)))
          : Optional.empty();
    }
  }

  /** Money that leaves soon after it arrived: an outgoing transfer of most of recent deposits. */
  public record RapidInOut(
      String id, int score, int windowHours, int minSharePercent, long minUsdCents)
      implements Rule {
    @Override
    public Optional<RuleHit> evaluate(Transfer t, List<Activity> recent, Lookups lookups) {
      if (t.direction() != Transfer.Direction.OUT || t.valueUsdCents() < minUsdCents) {
        return Optional.empty();
      }
      long in = 0;
      for (Activity a : within(recent, t, windowHours)) {
        if (a.direction() == Transfer.Direction.IN) {
          in = Math.addExact(in, a.valueUsdCents());
        }
      }
      return in > 0 && t.valueUsdCents() * 100 >= in * minSharePercent
          ? hit(
              this,
              "funds withdrawn soon after they were deposited",
              Map.of(
                  "deposited_usd", Usd.format(in),
                  "withdrawn_usd", Usd.format(t.valueUsdCents()),
                  "window_hours", Integer.toString(windowHours)))
          : Optional.empty();
    }
  }

  /** A round amount (a multiple of a USD unit) above a minimum. */
  public record RoundAmount(String id, int score, long multipleCents, long minUsdCents)
      implements Rule {
    @Override
    public Optional<RuleHit> evaluate(Transfer t, List<Activity> recent, Lookups lookups) {
      return t.valueUsdCents() >= minUsdCents && t.valueUsdCents() % multipleCents == 0
          ? hit(
              this,
              "a round amount",
              Map.of(
                  "value_usd",
                  Usd.format(t.valueUsdCents()),
                  "multiple_usd",
                  Usd.format(multipleCents)))
          : Optional.empty();
    }
  }

  /** A party whose address or nationality is in a high-risk jurisdiction. */
  public record HighRiskJurisdiction(String id, int score, Set<String> countries) implements Rule {
    @Override
    public Optional<RuleHit> evaluate(Transfer t, List<Activity> recent, Lookups lookups) {
      for (Party p : new Party[] {t.originator(), t.beneficiary()}) {
        String country = p == null ? null : p.country();
        if (country != null && countries.contains(country.toUpperCase(java.util.Locale.ROOT))) {
          return hit(
              this,
              "a party in a high-risk jurisdiction",
              Map.of(
                  "party", p == t.originator() ? "originator" : "beneficiary", "country", country));
        }
      }
      return Optional.empty();
    }
  }

  /** The IVMS101 fields the travel rule requires, from a USD value on. */
  public record TravelRule(String id, int score, long minUsdCents) implements Rule {
    @Override
    public Optional<RuleHit> evaluate(Transfer t, List<Activity> recent, Lookups lookups) {
      if (t.valueUsdCents() < minUsdCents) {
        return Optional.empty();
      }
      List<String> missing = new ArrayList<>();
      check(t.originator(), "originator", true, missing);
      check(t.beneficiary(), "beneficiary", false, missing);
      return missing.isEmpty()
          ? Optional.empty()
          : hit(
              this,
              "travel-rule data missing",
              Map.of(
                  "missing",
                  String.join(", ", missing),
                  "value_usd",
                  Usd.format(t.valueUsdCents())));
    }

    private static void check(Party p, String role, boolean originator, List<String> missing) {
      if (p == null || p.displayName() == null || p.displayName().isBlank()) {
        missing.add(role + ".name");
      }
      if (p == null || blank(p.account())) {
        missing.add(role + ".account");
      }
      boolean located =
          p != null
              && (p.address() != null && !blank(p.address().country())
                  || !blank(p.nationalId())
                  || !blank(p.dateOfBirth())
                  || !blank(p.lei()));
      if (originator && !located) {
        missing.add(role + ".address, national id, date of birth or LEI");
      }
    }

    private static boolean blank(String s) {
      return s == null || s.isBlank();
    }
  }

  /** The counterparty's on-chain address, or a party's wallet, is on a sanctions list. */
  public record SanctionedAddress(String id, int score) implements Rule {
    @Override
    public Optional<RuleHit> evaluate(Transfer t, List<Activity> recent, Lookups lookups) {
      for (String address :
          new String[] {
            t.counterpartyAddress(),
            t.originator() == null ? null : t.originator().account(),
            t.beneficiary() == null ? null : t.beneficiary().account()
          }) {
        if (address == null || address.isBlank()) {
          continue;
        }
        Optional<String> entry = lookups.sanctionedAddress(address.strip());
        if (entry.isPresent()) {
          return hit(
              this,
              "a sanctioned address",
              Map.of("address", address.strip(), "list_entry", entry.get()));
        }
      }
      return Optional.empty();
    }
  }

  /** The originator or beneficiary matches a listed person or entity by name. */
  public record SanctionedParty(String id, int score) implements Rule {
    @Override
    public Optional<RuleHit> evaluate(Transfer t, List<Activity> recent, Lookups lookups) {
      for (Party p : new Party[] {t.originator(), t.beneficiary()}) {
        if (p == null) {
          continue;
        }
        Optional<String> entry = lookups.listedParty(p);
        if (entry.isPresent()) {
          return hit(
              this,
              "a party matches a sanctions list entry",
              Map.of(
                  "party", p == t.originator() ? "originator" : "beneficiary",
                  "name", String.valueOf(p.displayName()),
                  "list_entry", entry.get()));
        }
      }
      return Optional.empty();
    }
  }

  /** The counterparty VASP is not licensed by the Authority. */
  public record UnlicensedCounterparty(String id, int score) implements Rule {
    @Override
    public Optional<RuleHit> evaluate(Transfer t, List<Activity> recent, Lookups lookups) {
      String vasp = t.counterpartyVasp();
      return vasp != null && !vasp.isBlank() && !lookups.licensedVasp(vasp)
          ? hit(this, "the counterparty VASP is not licensed", Map.of("vasp", vasp))
          : Optional.empty();
    }
  }
}
