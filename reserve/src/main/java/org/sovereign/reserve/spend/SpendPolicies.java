package org.sovereign.reserve.spend;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.audit.AuditLog;
import org.sovereign.platform.db.Tx;
import org.sovereign.platform.errors.DomainException;

/** Each vault's spending policy, stored; {@link SpendPolicy#DEFAULT} until an admin sets one. */
public final class SpendPolicies {
  private final Tx tx;
  private final AuditLog audit;

  public SpendPolicies(Tx tx, AuditLog audit) {
    this.tx = tx;
    this.audit = audit;
  }

  public SpendPolicy of(long vaultId) {
    return tx.read(
        h ->
            h.createQuery(
                    "SELECT period_days, limit_sat, min_approvals, emergency_approvals, emergency_delay_hours"
                        + " FROM spend_policies WHERE vault_id = :v")
                .bind("v", vaultId)
                .map(
                    (rs, ctx) ->
                        new SpendPolicy(
                            rs.getInt(1),
                            rs.getObject(2) == null ? null : rs.getLong(2),
                            rs.getInt(3),
                            rs.getObject(4) == null ? null : rs.getInt(4),
                            rs.getObject(5) == null ? null : rs.getInt(5)))
                .findOne()
                .orElse(SpendPolicy.DEFAULT));
  }

  /** Sets a vault's policy (an administrative act, audited). */
  public void set(Actor actor, long vaultId, SpendPolicy policy) {
    validate(policy);
    tx.useTransaction(
        h -> {
          h.createUpdate(
                  "INSERT INTO spend_policies (vault_id, period_days, limit_sat, min_approvals, emergency_approvals, emergency_delay_hours)"
                      + " VALUES (:v, :p, :l, :m, :ea, :ed) ON CONFLICT (vault_id) DO UPDATE SET period_days = :p,"
                      + " limit_sat = :l, min_approvals = :m, emergency_approvals = :ea, emergency_delay_hours = :ed")
              .bind("v", vaultId)
              .bind("p", policy.periodDays())
              .bind("l", policy.limitSat())
              .bind("m", policy.minApprovals())
              .bind("ea", policy.emergencyApprovals())
              .bind("ed", policy.emergencyDelayHours())
              .execute();
          Map<String, Object> detail = new LinkedHashMap<>();
          detail.put("period_days", policy.periodDays());
          detail.put("limit_sat", policy.limitSat());
          detail.put("min_approvals", policy.minApprovals());
          detail.put("emergency_approvals", policy.emergencyApprovals());
          detail.put("emergency_delay_hours", policy.emergencyDelayHours());
          audit.append(h, actor, "spend.policy-set", "vault:" + vaultId, detail);
        });
  }

  private static void validate(SpendPolicy policy) {
    if (policy.minApprovals() < 1 || policy.minApprovals() > 20) {
      throw DomainException.invalidField("min_approvals", "must be between 1 and 20");
    }
    if (policy.periodDays() < 1 || policy.periodDays() > 3660) {
      throw DomainException.invalidField("period_days", "must be between 1 and 3660");
    }
    if (policy.limitSat() != null && policy.limitSat() <= 0) {
      throw DomainException.invalidField("limit_sat", "must be positive, or absent for no limit");
    }
    if ((policy.emergencyApprovals() == null) != (policy.emergencyDelayHours() == null)) {
      throw DomainException.invalidField(
          policy.emergencyApprovals() == null ? "emergency_approvals" : "emergency_delay_hours",
          "the emergency path needs both its approvals and its delay, or neither");
    }
    if (policy.emergencyPath()) {
      if (policy.emergencyApprovals() < 1 || policy.emergencyApprovals() > policy.minApprovals()) {
        throw DomainException.invalidField(
            "emergency_approvals", "must be between 1 and min_approvals");
      }
      if (policy.emergencyDelayHours() < 1 || policy.emergencyDelayHours() > 8760) {
        throw DomainException.invalidField(
            "emergency_delay_hours", "must be between 1 and 8760 hours");
      }
    }
  }
}
