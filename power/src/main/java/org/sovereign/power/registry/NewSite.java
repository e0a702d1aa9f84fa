package org.sovereign.power.registry;

/** A site registration as the grid operator enters it (also the API body). */
public record NewSite(
    String name,
    String node,
    String kind,
    String contract_class,
    Long contracted_kw,
    Long minimum_kw,
    Long ramp_kw_per_min,
    String efficiency_j_per_th,
    String pue,
    Long value_cents_per_mwh,
    Long tariff_paisa_per_kwh,
    Integer max_curtail_hours_day,
    Long max_curtail_kwh_week,
    Boolean state_owned,
    String endpoint,
    Long penalty_paisa_per_kw,
    String response_tier,
    String owner,
    java.util.List<String> meters) {

  /**
   * The registration without a contract penalty (0 paisa per kW short), owner or meters, in the
   * standard response tier.
   */
  public NewSite(
      String name,
      String node,
      String kind,
      String contract_class,
      Long contracted_kw,
      Long minimum_kw,
      Long ramp_kw_per_min,
      String efficiency_j_per_th,
      String pue,
      Long value_cents_per_mwh,
      Long tariff_paisa_per_kwh,
      Integer max_curtail_hours_day,
      Long max_curtail_kwh_week,
      Boolean state_owned,
      String endpoint) {
    this(
        name,
        node,
        kind,
        contract_class,
        contracted_kw,
        minimum_kw,
        ramp_kw_per_min,
        efficiency_j_per_th,
        pue,
        value_cents_per_mwh,
        tariff_paisa_per_kwh,
        max_curtail_hours_day,
        max_curtail_kwh_week,
        state_owned,
        endpoint,
        null,
        null,
        null,
        null);
  }
}
