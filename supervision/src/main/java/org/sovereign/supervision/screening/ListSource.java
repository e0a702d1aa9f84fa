package org.sovereign.supervision.screening;

/** A published sanctions list; its label prefixes the stable ids of the parties it lists. */
public enum ListSource {
  /** OFAC Specially Designated Nationals (legacy CSV: sdn, add, alt, sdn_comments). */
  OFAC_SDN("OFAC-SDN"),
  /** OFAC consolidated non-SDN lists (cons_prim, cons_add, cons_alt, cons_comments). */
  OFAC_CONS("OFAC-CONS"),
  /** UN Security Council Consolidated List (XML). */
  UN("UN"),
  /** OFAC digital-currency addresses extracted per asset (sanctioned_addresses_ASSET.txt). */
  OFAC_ADDRESSES("OFAC-ADDR");

  private final String label;

  ListSource(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The stable id of a party on this list, e.g. {@code OFAC-SDN:9758} or {@code UN:TAi.004}. */
  public String listId(String key) {
    return label + ":" + key;
  }
}
