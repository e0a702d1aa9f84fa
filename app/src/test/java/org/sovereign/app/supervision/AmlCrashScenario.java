package org.sovereign.app.supervision;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.sovereign.app.Pillars;
import org.sovereign.app.SovereignRuntime;
import org.sovereign.base.OrgId;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.config.SovereignConfig;
import org.sovereign.supervision.aml.TransferMonitor;
import org.sovereign.supervision.aml.cases.Cases;
import org.sovereign.supervision.aml.rules.Rule;
import org.sovereign.supervision.aml.rules.RuleSetFile;
import org.sovereign.supervision.aml.transfer.Party;
import org.sovereign.supervision.aml.transfer.Transfer;
import org.sovereign.supervision.register.Application;
import org.sovereign.supervision.register.Register;

/**
 * The child process of {@link AmlCrashTest}: reports a fixed sequence of transfers one per
 * transaction (re-sending all of them on a restart; the stored ones are skipped), so a kill -9 can
 * land between any two.
 */
public final class AmlCrashScenario {
  static final int TRANSFERS = 300;
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  private AmlCrashScenario() {}

  public static void main(String[] args) {
    SovereignConfig config = SovereignConfig.defaults().withJdbc(args[0], "postgres", "");
    try (SovereignRuntime runtime =
        SovereignRuntime.open(config, Pillars.all(), Clock.systemUTC())) {
      var services = runtime.services();
      Register register =
          new Register(services.tx(), services.audit(), services.clock(), services.organisations());
      OrgId org =
          register.all().stream()
              .findFirst()
              .map(e -> e.orgId())
              .orElseGet(
                  () ->
                      register
                          .apply(
                              Actor.SYSTEM,
                              new Application(
                                  "Crash Exchange",
                                  "R-1",
                                  null,
                                  "exchange",
                                  List.of("Spot exchange"),
                                  null,
                                  null,
                                  null,
                                  null,
                                  null))
                          .orgId());
      TransferMonitor monitor =
          new TransferMonitor(
              services.tx(),
              services.audit(),
              services.clock(),
              new Cases(services.tx(), services.audit(), services.clock()),
              RuleSetFile.defaults(),
              Rule.Lookups.NONE);
      System.out.println("ready");
      System.out.flush();
      for (int i = 0; i < TRANSFERS; i++) {
        monitor.ingest(Actor.SYSTEM, org, List.of(transfer(org, i)));
      }
    }
    System.exit(0);
  }

  /** Seven customers; amounts chosen so velocity, structuring and aggregates fire along the way. */
  static Transfer transfer(OrgId org, int i) {
    int customer = i % 7;
    long cents = (i % 5 == 0) ? 960_000 : 50_000 + 37_000L * (i % 11);
    Party me =
        new Party(
            Party.Kind.NATURAL,
            List.of(new Party.Name("Customer" + customer, "Test", "LEGL")),
            new Party.Address(null, "Karachi", "PK"),
            null,
            null,
            null,
            "acct-" + customer);
    Party other =
        new Party(
            Party.Kind.NATURAL,
            List.of(new Party.Name("Other", "O", "LEGL")),
            null,
            null,
            null,
            null,
            "bc1qother");
    Transfer.Direction direction = i % 3 == 0 ? Transfer.Direction.IN : Transfer.Direction.OUT;
    return new Transfer(
        org,
        "crash-" + i,
        "BTC",
        1_000 + i,
        cents,
        T0.plusSeconds(i * 240L),
        direction,
        null,
        null,
        direction == Transfer.Direction.IN ? "Peer VASP" : "Crash Exchange",
        direction == Transfer.Direction.IN ? "Crash Exchange" : "Peer VASP",
        direction == Transfer.Direction.IN ? other : me,
        direction == Transfer.Direction.IN ? me : other);
  }
}
