package org.sovereign.supervision.assessment;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sovereign.supervision.register.LicenseStatus;
import org.sovereign.supervision.register.Register;
import org.sovereign.supervision.register.VaspEntry;

/**
 * Alerts over licensed (and suspended) VASPs: reserves under liabilities, no snapshot or one older
 * than {@link #STALE_AFTER}, and no reserve proof for the latest snapshot's month.
 */
public final class Alerts {
  public static final Duration STALE_AFTER = Duration.ofDays(35);

  private final Register register;
  private final Assessments assessments;
  private final Clock clock;

  public Alerts(Register register, Assessments assessments, Clock clock) {
    this.register = register;
    this.assessments = assessments;
    this.clock = clock;
  }

  public List<Alert> all() {
    List<Alert> alerts = new ArrayList<>();
    for (VaspEntry e : register.all()) {
      if (e.status() == LicenseStatus.LICENSED || e.status() == LicenseStatus.SUSPENDED) {
        alerts.addAll(of(e));
      }
    }
    return alerts;
  }

  List<Alert> of(VaspEntry e) {
    Optional<Assessment> latest = assessments.latest(e.orgId());
    if (latest.isEmpty()) {
      return List.of(
          new Alert(
              e.orgId(),
              e.legalName(),
              Alert.Kind.SNAPSHOT_MISSING,
              "no liability snapshot has been reported"));
    }
    Assessment a = latest.get();
    List<Alert> alerts = new ArrayList<>();
    if (a.snapshot().cutoff().plus(STALE_AFTER).isBefore(clock.instant())) {
      alerts.add(
          new Alert(
              e.orgId(),
              e.legalName(),
              Alert.Kind.SNAPSHOT_STALE,
              "the latest liability snapshot is from " + a.snapshot().cutoff()));
    }
    switch (a.status()) {
      case UNDERCOVERED ->
          alerts.add(
              new Alert(
                  e.orgId(),
                  e.legalName(),
                  Alert.Kind.UNDERCOVERED,
                  "BTC reserves cover "
                      + a.percent().toPlainString()
                      + "% of customer liabilities at "
                      + a.snapshot().cutoff()));
      case NO_RESERVE_PROOF ->
          alerts.add(
              new Alert(
                  e.orgId(),
                  e.legalName(),
                  Alert.Kind.RESERVE_PROOF_MISSING,
                  "no reserve declaration for the month of the snapshot at "
                      + a.snapshot().cutoff()));
      default -> {}
    }
    return alerts;
  }
}
