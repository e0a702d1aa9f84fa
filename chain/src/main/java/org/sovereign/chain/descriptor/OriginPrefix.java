package org.sovereign.chain.descriptor;

import java.util.List;

/** A key origin as written before a key: {@code [deadbeef/48h/1h/0h/2h]}. */
record OriginPrefix(int fingerprint, List<Integer> path) {
  OriginPrefix {
    path = List.copyOf(path);
  }

  /** Parses the text between the brackets, e.g. {@code deadbeef/0h/1}. */
  static OriginPrefix parse(String inside) {
    String[] parts = inside.split("/", -1);
    String fingerprint = parts[0];
    if (fingerprint.length() != 8) {
      throw new DescriptorException(
          "key origin fingerprint must be 8 hex characters: '" + fingerprint + "'");
    }
    for (int i = 0; i < fingerprint.length(); i++) {
      if (Character.digit(fingerprint.charAt(i), 16) < 0) {
        throw new DescriptorException(
            "key origin fingerprint must be 8 hex characters: '" + fingerprint + "'");
      }
    }
    Integer[] steps = new Integer[parts.length - 1];
    for (int i = 1; i < parts.length; i++) {
      steps[i - 1] = DerivationStep.parse(parts[i], "key origin [" + inside + "]");
    }
    return new OriginPrefix(Integer.parseUnsignedInt(fingerprint, 16), List.of(steps));
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("[").append(String.format("%08x", fingerprint));
    for (int step : path) {
      text.append('/').append(DerivationStep.format(step));
    }
    return text.append(']').toString();
  }
}
