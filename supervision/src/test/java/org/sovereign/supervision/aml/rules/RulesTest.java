package org.sovereign.supervision.aml.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sovereign.supervision.aml.rules.Transfers.in;
import static org.sovereign.supervision.aml.rules.Transfers.out;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sovereign.supervision.aml.transfer.Party;
import org.sovereign.supervision.aml.transfer.Transfer;

/** Each default rule fires on what it is for, and not on the case next to it. */
class RulesTest {
  private static final Rule.Lookups SANCTIONS =
      new Rule.Lookups() {
        @Override
        public Optional<String> sanctionedAddress(String address) {
          return address.equals("bc1qsanctioned")
              ? Optional.of("OFAC-SDN:12345")
              : Optional.empty();
        }

        @Override
        public boolean licensedVasp(String vasp) {
          return !vasp.equals("Shadow Exchange");
        }

        @Override
        public Optional<String> listedParty(Party party) {
          return "Omar Farooq".equals(party.displayName())
              ? Optional.of("UN:QDi.1: Omar Farooq (0.97)")
              : Optional.empty();
        }
      };

  private static List<String> fired(RuleEngine engine, Transfer t) {
    return engine.evaluate(t, SANCTIONS).hits().stream().map(RuleHit::ruleId).toList();
  }

  private static RuleEngine engine() {
    return new RuleEngine(RuleSetFile.defaults());
  }

  @Test
  void threshold_shouldFireAtTenThousandDollarsAndNotJustBelow() {
    assertThat(fired(engine(), out(1_000_000, 0))).contains("R01-THRESHOLD");
    assertThat(fired(engine(), out(999_999, 0))).doesNotContain("R01-THRESHOLD");
  }

  @Test
  void velocity_shouldCountTheCustomersTransfersWithinTheWindowOnly() {
    RuleEngine engine = engine();
    for (int i = 0; i < 9; i++) {
      assertThat(fired(engine, out(10_000, i))).doesNotContain("R02-VELOCITY");
    }
    assertThat(fired(engine, out(10_000, 10))).contains("R02-VELOCITY");
    RuleEngine spread = engine();
    for (int i = 0; i < 12; i++) {
      assertThat(fired(spread, out(10_000, i * 60L * 5))).doesNotContain("R02-VELOCITY");
    }
  }

  @Test
  void aggregate_shouldSumTheWindowIncludingThisTransfer() {
    RuleEngine engine = engine();
    assertThat(fired(engine, out(1_500_000, 0))).doesNotContain("R03-AGGREGATE");
    assertThat(fired(engine, out(1_000_000, 60))).contains("R03-AGGREGATE");
    RuleEngine days = engine();
    fired(days, out(1_500_000, 0));
    assertThat(fired(days, out(1_000_000, 60 * 25))).doesNotContain("R03-AGGREGATE");
  }

  @Test
  void structuring_shouldFireOnTheThirdAmountJustUnderTheThreshold() {
    RuleEngine engine = engine();
    assertThat(fired(engine, out(950_000, 0))).doesNotContain("R04-STRUCTURING");
    assertThat(fired(engine, out(980_000, 30))).doesNotContain("R04-STRUCTURING");
    assertThat(fired(engine, out(500_000, 40))).doesNotContain("R04-STRUCTURING");
    var decision = engine.evaluate(out(990_000, 60), SANCTIONS);
    assertThat(decision.hits()).extracting(RuleHit::ruleId).contains("R04-STRUCTURING");
    assertThat(decision.alerts()).extracting(s -> s.typology().id()).contains("T3-STRUCTURING");
    RuleEngine wellUnder = engine();
    for (int i = 0; i < 5; i++) {
      assertThat(fired(wellUnder, out(800_000, i))).doesNotContain("R04-STRUCTURING");
    }
  }

  @Test
  void rapidInOut_shouldFireWhenMostOfADepositLeavesSoon() {
    RuleEngine engine = engine();
    fired(engine, in(800_000, 0));
    assertThat(fired(engine, out(700_000, 120))).contains("R05-RAPID-IN-OUT");
    RuleEngine partial = engine();
    fired(partial, in(800_000, 0));
    assertThat(fired(partial, out(500_000, 120))).doesNotContain("R05-RAPID-IN-OUT");
    RuleEngine late = engine();
    fired(late, in(800_000, 0));
    assertThat(fired(late, out(700_000, 60 * 49))).doesNotContain("R05-RAPID-IN-OUT");
  }

  @Test
  void roundAmount_shouldFireOnMultiplesOfAThousandFromFiveThousand() {
    assertThat(fired(engine(), out(700_000, 0))).contains("R06-ROUND");
    assertThat(fired(engine(), out(700_100, 0))).doesNotContain("R06-ROUND");
    assertThat(fired(engine(), out(300_000, 0))).doesNotContain("R06-ROUND");
  }

  @Test
  void highRiskJurisdiction_shouldFireOnAListedCountry() {
    assertThat(fired(engine(), Transfers.of(Transfer.Direction.OUT, 50_000, 0, "IR")))
        .contains("R07-HIGH-RISK");
    assertThat(fired(engine(), Transfers.of(Transfer.Direction.OUT, 50_000, 0, "AE")))
        .doesNotContain("R07-HIGH-RISK");
  }

  @Test
  void travelRule_shouldFlagMissingOriginatorDataFromAThousandDollars() {
    Party bare =
        new Party(
            Party.Kind.NATURAL,
            List.of(new Party.Name("Khan", "Amina", "LEGL")),
            null,
            null,
            null,
            null,
            null);
    var decision = engine().evaluate(Transfers.withOriginator(out(150_000, 0), bare), SANCTIONS);
    RuleHit hit =
        decision.hits().stream()
            .filter(h -> h.ruleId().equals("R08-TRAVEL-RULE"))
            .findFirst()
            .orElseThrow();
    assertThat(hit.facts().get("missing"))
        .contains("originator.account")
        .contains("originator.address");
    assertThat(decision.alerts()).extracting(s -> s.typology().id()).contains("T2-TRAVEL-RULE");
    assertThat(fired(engine(), Transfers.withOriginator(out(99_900, 0), bare)))
        .doesNotContain("R08-TRAVEL-RULE");
    assertThat(fired(engine(), out(150_000, 0))).doesNotContain("R08-TRAVEL-RULE");
  }

  @Test
  void sanctionedAddress_shouldAlertWithTheListEntry() {
    Transfer t = out(5_000, 0);
    Transfer toSanctioned =
        new Transfer(
            t.orgId(),
            "s1",
            "BTC",
            1,
            5_000,
            t.time(),
            Transfer.Direction.IN,
            null,
            "bc1qsanctioned",
            null,
            "Indus",
            t.beneficiary(),
            t.originator());
    var decision = engine().evaluate(toSanctioned, SANCTIONS);
    assertThat(decision.alerts()).extracting(s -> s.typology().id()).contains("T1-SANCTIONS");
    assertThat(decision.hits().getFirst().facts()).containsEntry("list_entry", "OFAC-SDN:12345");
    assertThat(fired(engine(), out(5_000, 0))).doesNotContain("R09-SANCTIONED");
  }

  @Test
  void unlicensedCounterparty_shouldFireOnlyForVaspsNotLicensedHere() {
    Transfer t = out(5_000, 0);
    Transfer shadow =
        new Transfer(
            t.orgId(),
            "u1",
            "BTC",
            1,
            5_000,
            t.time(),
            Transfer.Direction.OUT,
            null,
            null,
            "Indus",
            "Shadow Exchange",
            t.originator(),
            t.beneficiary());
    assertThat(fired(engine(), shadow)).contains("R10-UNLICENSED");
    assertThat(fired(engine(), t)).doesNotContain("R10-UNLICENSED");
  }

  @Test
  void ruleFile_shouldNameTheRuleAndParameterThatIsWrong() {
    assertThatThrownBy(
            () ->
                RuleSetFile.parse(
                    "{\"rules\":[{\"id\":\"X\",\"kind\":\"threshold\",\"usd\":\"ten\",\"score\":1}],\"typologies\":[]}"))
        .hasMessageContaining("rule X: usd");
    assertThatThrownBy(
            () ->
                RuleSetFile.parse(
                    "{\"rules\":[{\"id\":\"X\",\"kind\":\"teleport\",\"score\":1}],\"typologies\":[]}"))
        .hasMessageContaining("unknown kind 'teleport'");
    assertThatThrownBy(
            () ->
                RuleSetFile.parse(
                    "{\"rules\":[],\"typologies\":[{\"id\":\"T\",\"name\":\"n\",\"rules\":{\"R9\":100},\"alert_at\":1}]}"))
        .hasMessageContaining("typology T: unknown rule R9");
    assertThat(RuleSetFile.defaults().version()).matches("[0-9a-f]{64}");
  }

  @Test
  void sanctionedParty_shouldAlertWhenAPartysNameIsListed() {
    var decision = engine().evaluate(out(5_000, 0), SANCTIONS);
    assertThat(decision.hits()).extracting(RuleHit::ruleId).contains("R11-SANCTIONED-PARTY");
    assertThat(decision.alerts()).extracting(s -> s.typology().id()).contains("T1-SANCTIONS");
    Party other = Transfers.person("Omar", "Faruqi", "bc1qother", "PK");
    Transfer t = out(5_000, 0);
    Transfer renamed =
        new Transfer(
            t.orgId(),
            "n1",
            "BTC",
            1,
            5_000,
            t.time(),
            Transfer.Direction.OUT,
            null,
            null,
            t.originatingVasp(),
            t.beneficiaryVasp(),
            t.originator(),
            other);
    assertThat(fired(engine(), renamed)).doesNotContain("R11-SANCTIONED-PARTY");
  }
}
