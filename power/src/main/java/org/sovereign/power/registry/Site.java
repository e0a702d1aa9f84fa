package org.sovereign.power.registry;

import java.math.BigDecimal;
import org.sovereign.base.OrgId;

/** A registered site: its node, contract, limits, value and tariff (exact units), and endpoint. */
public record Site(
    OrgId orgId,
    String name,
    long nodeId,
    String kind,
    String contractClass,
    long contractedKw,
    long minimumKw,
    long rampKwPerMin,
    BigDecimal efficiencyJPerTh,
    BigDecimal pue,
    long valueCentsPerMwh,
    long tariffPaisaPerKwh,
    int maxCurtailHoursDay,
    long maxCurtailKwhWeek,
    boolean stateOwned,
    String endpoint,
    long penaltyPaisaPerKw,
    ResponseTier responseTier,
    String owner,
    java.util.List<String> meters) {
  public Site {
    meters = java.util.List.copyOf(meters);
  }

  public boolean interruptible() {
    return "INTERRUPTIBLE".equals(contractClass);
  }
}
