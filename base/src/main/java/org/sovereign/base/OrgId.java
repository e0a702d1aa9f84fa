package org.sovereign.base;

/** The id of an organisation the platform scopes machine clients to: a VASP or a power site. */
public record OrgId(long value) {
  public OrgId {
    if (value <= 0) {
      throw new IllegalArgumentException("organisation id must be positive: " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
