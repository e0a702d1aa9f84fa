package org.sovereign.chain.psbt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.sovereign.base.Hex;
import org.sovereign.chain.Fixtures;

/** The BIP-174 test vectors from shared/fixtures/bitcoin/bips/bip174-vectors.json. */
final class Bip174Vectors {
  static final String INVALID = "The following are invalid PSBTs:";
  static final String VALID = "The following are valid PSBTs:";
  static final String SIGNER_FAILS = "Fails Signer checks";

  private Bip174Vectors() {}

  /** One vector: its group heading, its description, its bytes and its base64 text. */
  record Case(String group, String text, byte[] bytes, String base64) {
    @Override
    public String toString() {
      return text;
    }
  }

  /** One workflow step: the BIP's instruction and its expected results (hex). */
  record Step(String text, List<byte[]> results) {}

  static JsonNode root() {
    try {
      return new ObjectMapper()
          .readTree(Fixtures.shared("bitcoin/bips/bip174-vectors.json").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Case> cases(String group) {
    List<Case> out = new ArrayList<>();
    for (JsonNode c : root().get("cases")) {
      if (c.get("group").asText().equals(group)) {
        out.add(
            new Case(
                group,
                c.get("case").asText(),
                Hex.decode(c.get("hex").asText()),
                c.get("base64").asText()));
      }
    }
    return out;
  }

  static List<Step> workflow() {
    List<Step> out = new ArrayList<>();
    for (JsonNode s : root().get("workflow")) {
      List<byte[]> results = new ArrayList<>();
      for (JsonNode r : s.get("results_hex")) {
        results.add(Hex.decode(r.asText()));
      }
      out.add(new Step(s.get("text").asText(), results));
    }
    return out;
  }

  /** The step whose instruction starts with {@code prefix}. */
  static Step step(String prefix) {
    return workflow().stream()
        .filter(s -> s.text().startsWith(prefix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no workflow step " + prefix));
  }
}
