package org.sovereign.power.forecast;

import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Parameters of the synthetic surplus: the program's capacity (no hour's total exceeds it); the
 * generation available relative to mean demand ({@code headroom}) and the demand level at which the
 * whole capacity is surplus ({@code fullSurplusDemand}), so that surplus fraction = (headroom −
 * demand) / (headroom − fullSurplusDemand), clamped to [0, 1]; the midday dip (depth, centre hour,
 * width); outages per node and year; the correlation of weather between nodes; the local zone.
 */
public record SurplusModel(
    double capacityMw,
    double headroom,
    double fullSurplusDemand,
    double middayDipDepth,
    double middayDipHour,
    double middayDipWidthHours,
    double outagesPerNodeYear,
    double nodeCorrelation,
    ZoneId zone) {

  public SurplusModel {
    if (!(capacityMw > 0) || !(headroom > fullSurplusDemand)) {
      throw new IllegalArgumentException("capacity must be positive and headroom above full");
    }
    if (!(middayDipDepth >= 0 && middayDipDepth < 1) || !(middayDipWidthHours > 0)) {
      throw new IllegalArgumentException("midday dip depth must be in [0, 1), width positive");
    }
    if (!(outagesPerNodeYear >= 0) || !(nodeCorrelation >= 0 && nodeCorrelation <= 1)) {
      throw new IllegalArgumentException("outage rate >= 0 and correlation in [0, 1] required");
    }
  }

  /**
   * 2,000 MW; headroom 1.30 and full surplus at 0.65 of mean demand; a 12% dip centred on 13:00
   * (1.5 h wide); 4 outages per node and year; weather correlation 0.6; Pakistan time (UTC+5).
   */
  public static SurplusModel defaults() {
    return new SurplusModel(2000, 1.30, 0.65, 0.12, 13, 1.5, 4, 0.6, ZoneOffset.ofHours(5));
  }

  double surplusFraction(double demand) {
    return Math.clamp((headroom - demand) / (headroom - fullSurplusDemand), 0.0, 1.0);
  }
}
