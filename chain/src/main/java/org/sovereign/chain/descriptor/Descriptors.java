package org.sovereign.chain.descriptor;

import org.sovereign.base.Network;

/** Entry point: parses output descriptor text into a {@link Descriptor}. */
public final class Descriptors {
  private Descriptors() {}

  /**
   * Parses a descriptor for {@code network} (which decides the accepted xpub/tpub, WIF and address
   * prefixes). A {@code #checksum} suffix is optional but, when present, must be correct.
   *
   * @throws DescriptorException saying what is wrong and where
   */
  public static Descriptor parse(String text, Network network) {
    String body = Checksums.verifyAndStrip(text);
    return new Descriptor(DescriptorParser.parse(body, network));
  }
}
