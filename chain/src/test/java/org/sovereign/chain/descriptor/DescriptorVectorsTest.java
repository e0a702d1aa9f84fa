package org.sovereign.chain.descriptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sovereign.base.Network;
import org.sovereign.chain.Fixtures;

/** Every test vector of BIP-380 to BIP-386, from shared/fixtures/bitcoin/bips. */
class DescriptorVectorsTest {

  /** One vector; {@code children} holds the expected scripts per child index, when listed. */
  record Vector(String descriptor, boolean valid, List<ChildScripts> children) {}

  record ChildScripts(int child, List<String> scripts) {}

  static Stream<Named<Vector>> vectors() throws IOException {
    JsonNode root =
        new ObjectMapper()
            .readTree(Fixtures.shared("bitcoin/bips/descriptor-vectors.json").toFile());
    List<Named<Vector>> all = new ArrayList<>();
    for (JsonNode bip : root.get("bips")) {
      String name = bip.get("bip").asText().replace(".mediawiki", "");
      int number = 0;
      for (JsonNode item : bip.get("cases")) {
        number++;
        String text = item.get("descriptor").asText();
        String group = item.get("group").asText();
        boolean keyExpression = name.equals("bip-0380") && !group.contains("checksum");
        String descriptor = keyExpression ? "pk(" + text + ")" : text;
        boolean valid = item.get("expected_valid").asBoolean();
        Vector vector = new Vector(descriptor, valid, expectedScripts(item));
        String label =
            item.has("description")
                ? item.get("description").asText()
                : (valid ? "valid" : "invalid");
        String shown = text.length() > 70 ? text.substring(0, 70) + "..." : text;
        all.add(Named.of(name + " #" + number + " " + label + ": " + shown, vector));
      }
    }
    return all.stream();
  }

  private static List<ChildScripts> expectedScripts(JsonNode item) {
    List<ChildScripts> children = new ArrayList<>();
    if (item.has("children")) {
      for (JsonNode child : item.get("children")) {
        children.add(new ChildScripts(child.get("child").asInt(), strings(child.get("scripts"))));
      }
    } else if (item.has("scripts")) {
      children.add(new ChildScripts(-1, strings(item.get("scripts"))));
    }
    return children;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(node -> out.add(node.asText()));
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void vector_shouldParseAndDeriveTheListedScriptsOrBeRejected(Vector vector) {
    if (!vector.valid()) {
      assertThatThrownBy(() -> Descriptors.parse(vector.descriptor(), Network.MAIN))
          .isInstanceOf(DescriptorException.class)
          .message()
          .isNotBlank();
      return;
    }
    Descriptor descriptor = Descriptors.parse(vector.descriptor(), Network.MAIN);
    for (ChildScripts expected : vector.children()) {
      if (expected.child() >= 0) {
        assertThat(hex(descriptor.scriptPubKeys(expected.child()))).isEqualTo(expected.scripts());
      } else if (descriptor.isRanged()) {
        for (int child = 0; child < expected.scripts().size(); child++) {
          assertThat(hex(descriptor.scriptPubKeys(child)))
              .as("child %d", child)
              .containsExactly(expected.scripts().get(child));
        }
      } else {
        assertThat(hex(descriptor.scriptPubKeys(0))).isEqualTo(expected.scripts());
      }
    }
    Descriptor reparsed = Descriptors.parse(descriptor.toString(), Network.MAIN);
    assertThat(reparsed.toString()).isEqualTo(descriptor.toString());
  }

  static List<String> hex(List<byte[]> scripts) {
    return scripts.stream().map(HexFormat.of()::formatHex).toList();
  }
}
