package org.sovereign.reserve.vault;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sovereign.base.Network;
import org.sovereign.chain.descriptor.Descriptor;
import org.sovereign.chain.descriptor.DescriptorException;
import org.sovereign.chain.descriptor.KeyOrigin;
import org.sovereign.platform.errors.DomainException;

/**
 * A vault's descriptor checked for custody: it parses on the vault's network, holds no private key
 * (the platform never holds one), is ranged with a receive and a change branch ({@code <0;1>/*}),
 * and its threshold and key fingerprints are what the custodians declare.
 */
public record VaultDescriptor(
    Descriptor receive, Descriptor change, int quorum, Set<String> fingerprints) {
  private static final Pattern THRESHOLD = Pattern.compile("(?:sorted)?multi(?:_a)?\\((\\d+),");
  private static final Pattern PRIVATE_KEY =
      Pattern.compile("[xt]prv|\\b[5KLc9][1-9A-HJ-NP-Za-km-z]{50,51}\\b");

  public static VaultDescriptor analyse(String text, Network network) {
    if (text == null || text.isBlank()) {
      throw DomainException.invalidField("descriptor", "is required");
    }
    if (PRIVATE_KEY.matcher(text).find()) {
      throw DomainException.invalidField(
          "descriptor",
          "contains a private key: the platform only ever holds public keys (xpub/tpub)");
    }
    Descriptor parsed;
    try {
      parsed = Descriptor.parse(text.strip(), network);
    } catch (DescriptorException e) {
      throw DomainException.invalidField("descriptor", e.getMessage());
    }
    if (!parsed.isMultipath()) {
      throw DomainException.invalidField(
          "descriptor", "needs a receive and a change branch: end each key with /<0;1>/*");
    }
    List<Descriptor> branches = parsed.expandMultipath();
    if (branches.size() != 2 || !branches.get(0).isRanged()) {
      throw DomainException.invalidField("descriptor", "needs exactly two ranged branches <0;1>/*");
    }
    Set<String> fingerprints = new LinkedHashSet<>();
    for (KeyOrigin origin : branches.get(0).keyOrigins(0)) {
      fingerprints.add(origin.fingerprintHex());
    }
    Matcher threshold = THRESHOLD.matcher(text);
    int quorum = threshold.find() ? Integer.parseInt(threshold.group(1)) : 1;
    return new VaultDescriptor(branches.get(0), branches.get(1), quorum, fingerprints);
  }
}
