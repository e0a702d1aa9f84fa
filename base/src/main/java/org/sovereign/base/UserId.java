package org.sovereign.base;

/** The id of a console user. */
public record UserId(long value) {
  public UserId {
    if (value <= 0) {
      throw new IllegalArgumentException("user id must be positive: " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
