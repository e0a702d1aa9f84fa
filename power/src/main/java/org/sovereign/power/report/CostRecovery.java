package org.sovereign.power.report;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.audit.AuditLog;
import org.sovereign.platform.db.Tx;
import org.sovereign.platform.errors.DomainException;

/**
 * The cost-recovery tariff per month, as the grid operator records it from the regulator's
 * determination: what supplying a kWh costs. Setting a month again replaces it (audited).
 */
public final class CostRecovery {
  private final Tx tx;
  private final AuditLog audit;
  private final Clock clock;

  public CostRecovery(Tx tx, AuditLog audit, Clock clock) {
    this.tx = tx;
    this.audit = audit;
    this.clock = clock;
  }

  /** A month's cost-recovery tariff and where it comes from. */
  public record Rate(YearMonth month, long paisaPerKwh, String basis) {}

  /** The API body. */
  public record RateBody(String month, Long paisa_per_kwh, String basis) {}

  public Rate set(Actor actor, RateBody body) {
    if (body == null) {
      throw DomainException.invalidField("body", "month, paisa_per_kwh and basis are required");
    }
    YearMonth month;
    try {
      month = YearMonth.parse(body.month() == null ? "" : body.month().strip());
    } catch (DateTimeParseException e) {
      throw DomainException.invalidField("month", "must be YYYY-MM");
    }
    if (body.paisa_per_kwh() == null || body.paisa_per_kwh() <= 0) {
      throw DomainException.invalidField("paisa_per_kwh", "must be a positive whole number");
    }
    String basis = body.basis() == null ? "" : body.basis().strip();
    if (basis.isEmpty() || basis.length() > 300) {
      throw DomainException.invalidField(
          "basis", "say where the rate comes from (1 to 300 characters)");
    }
    Rate rate = new Rate(month, body.paisa_per_kwh(), basis);
    tx.useTransaction(
        h -> {
          h.createUpdate(
                  "INSERT INTO power_cost_recovery (month, paisa_per_kwh, basis, set_by, set_at)"
                      + " VALUES (:m, :p, :b, :by, :at) ON CONFLICT (month) DO UPDATE SET"
                      + " paisa_per_kwh = EXCLUDED.paisa_per_kwh, basis = EXCLUDED.basis,"
                      + " set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at")
              .bind("m", month.atDay(1))
              .bind("p", rate.paisaPerKwh())
              .bind("b", basis)
              .bind("by", actor.label())
              .bind("at", clock.instant())
              .execute();
          Map<String, Object> detail = new LinkedHashMap<>();
          detail.put("paisa_per_kwh", rate.paisaPerKwh());
          detail.put("basis", basis);
          audit.append(h, actor, "power.cost-recovery-set", "month:" + month, detail);
        });
    return rate;
  }

  public Optional<Rate> of(YearMonth month) {
    return tx.read(
        h ->
            h.createQuery("SELECT paisa_per_kwh, basis FROM power_cost_recovery WHERE month = :m")
                .bind("m", month.atDay(1))
                .map((rs, ctx) -> new Rate(month, rs.getLong(1), rs.getString(2)))
                .findOne());
  }

  public List<Rate> all() {
    return tx.read(
        h ->
            h.createQuery(
                    "SELECT month, paisa_per_kwh, basis FROM power_cost_recovery ORDER BY month")
                .map(
                    (rs, ctx) ->
                        new Rate(
                            YearMonth.from(rs.getObject(1, java.time.LocalDate.class)),
                            rs.getLong(2),
                            rs.getString(3)))
                .list());
  }
}
